import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue must know <coop-map> is a custom element, not a Vue component it cannot find.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'coop-map' } } })],
});
