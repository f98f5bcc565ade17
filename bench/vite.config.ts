import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { maplibreCssPlugin } from '../scripts/maplibre-css-plugin.mjs';
import { sharedDirPlugin } from '../scripts/shared-dir-plugin.ts';

const production = JSON.stringify('production');

/**
 * The benchmark's dev server: the repository root as the playground serves it (maplibre-gl left
 * out of the pre-bundle, ../shared at /@shared/), with every dependency resolved to its
 * production build, so that neither side runs a library's development mode.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  logLevel: 'warn',
  plugins: [sharedDirPlugin(), maplibreCssPlugin()],
  define: { 'process.env.NODE_ENV': production },
  resolve: { conditions: ['module', 'browser', 'production'] },
  optimizeDeps: {
    entries: ['bench/page.html'],
    include: [
      '@deck.gl/core',
      '@deck.gl/layers',
      '@deck.gl/mapbox',
      '@deck.gl/extensions',
      'lit',
      'lit/decorators.js',
      'papaparse',
      'topojson-client',
    ],
    exclude: ['maplibre-gl'],
  },
  server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
});
