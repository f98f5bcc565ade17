import { defineConfig } from 'vite';
import { maplibreCssPlugin } from './scripts/maplibre-css-plugin.mjs';
import { sharedDirPlugin } from './scripts/shared-dir-plugin.ts';
import { siteDocsPlugin } from './scripts/site-docs-plugin.ts';

/**
 * The playground's dev server. Source modules find the geodata at the repository's geodata/
 * (src/load/geodata.ts → ../../geodata/); scripts/build.mjs places it beside the bundle.
 */
export default defineConfig({
  root: '.',
  plugins: [sharedDirPlugin(), maplibreCssPlugin(), siteDocsPlugin()],
  // MapLibre loads its worker from beside its own module: keep it out of the dependency pre-bundle.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
