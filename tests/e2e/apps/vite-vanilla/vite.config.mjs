import { defineConfig } from 'vite';

// Nothing coop-map needs: the default configuration.
export default defineConfig({});
