import { fileURLToPath } from 'node:url';

// webpack 5 as it comes: `new URL('./…', import.meta.url)` in coop-map's modules makes the worker
// and the geodata assets of the build, with nothing to configure. Minification is off only to
// keep the test quick; the production mode's tree shaking (sideEffects) is what matters here.
export default {
  mode: 'production',
  context: fileURLToPath(new URL('.', import.meta.url)),
  entry: './main.js',
  output: { path: fileURLToPath(new URL('./dist/', import.meta.url)), clean: true },
  optimization: { minimize: false },
  performance: { hints: false },
  // The test gives this app the MapLibre coop-map was built with (the other apps have the newest
  // 6.x), so that both of the element's choices of worker are built: the one it ships, and the
  // one of the app's own maplibre-gl.
  resolve: { alias: process.env.MAPLIBRE_GL ? { 'maplibre-gl': process.env.MAPLIBRE_GL } : {} },
};
