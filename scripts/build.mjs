// Builds dist/: the ESM build for npm (maplibre-gl, lit and the other dependencies stay
// imports) with its .d.ts, and coop-map.standalone.js, one file for a plain <script type="module">.
// Geodata, MapLibre's worker and the seed data set are copied beside them, so dist/ can be
// copied to any static host as it is.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maplibreCssPlugin } from './maplibre-css-plugin.mjs';
import { minifyLiteralsPlugin } from './minify-literals-plugin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, 'package.json'), 'utf8')));
const external = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => !id.includes('?') && external.some((dep) => id === dep || id.startsWith(`${dep}/`));
// Beside the built files, the geodata is at ./geodata/.
const define = { __COOP_GEODATA_RELATIVE__: JSON.stringify('./geodata/') };

rmSync(dist, { recursive: true, force: true });

/** One Vite build into dist/, with the settings every output shares. */
function buildInto(options, extraDefine = {}) {
  return build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [maplibreCssPlugin(), minifyLiteralsPlugin()],
    define: { ...define, ...extraDefine },
    build: { outDir: dist, emptyOutDir: false, ...options },
  });
}

// ESM for npm: dependencies stay imports.
await buildInto({
  target: 'es2022',
  sourcemap: true,
  minify: false,
  lib: {
    entry: {
      index: join(root, 'src/index.ts'),
      'coop-map': join(root, 'src/coop-map.ts'),
      parse: join(root, 'src/parse.ts'),
    },
    formats: ['es'],
  },
  // The chunk both entries share holds the element and registers it: give it a fixed name, which
  // package.json lists under sideEffects so that bundlers keep `import 'coop-map'`.
  rollupOptions: {
    external: isExternal,
    output: {
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name === 'coop-map' ? 'coop-map-core.js' : '[name].js'),
    },
  },
});

// One file for a plain <script type="module">: Lit and MapLibre inside.
await buildInto(
  {
    target: 'es2022',
    sourcemap: false,
    minify: true,
    lib: { entry: join(root, 'src/coop-map.ts'), formats: ['es'], fileName: () => 'coop-map.standalone.js' },
    // A library build in ES format keeps its white space (for bundlers' pure annotations); no
    // bundler reads this file, so it is minified all the way.
    rollupOptions: { output: { codeSplitting: false, minify: true } },
  },
  { 'process.env.NODE_ENV': JSON.stringify('production') },
);

// The command-line validator (bin/coop-map.mjs runs it): an SSR build for Node, so node: modules
// stay imports (a browser build would stub them); dependencies stay imports too, and the
// geodata is read from ./geodata/ beside it.
await buildInto({
  target: 'node20',
  sourcemap: true,
  minify: false,
  ssr: join(root, 'src/cli/cli.ts'),
  // The CSV reader is a chunk the validator imports on demand; it sits beside cli.js.
  rollupOptions: {
    external: isExternal,
    output: { format: 'es', entryFileNames: 'cli.js', chunkFileNames: 'cli-[name].js' },
  },
});

// Declarations for npm.
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);

// MapLibre 6 starts its worker from ./maplibre-gl-worker.mjs beside the module that holds it:
// for the standalone file, that is dist/.
copyFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'), join(dist, 'maplibre-gl-worker.mjs'));

mkdirSync(join(dist, 'geodata'), { recursive: true });
for (const file of readdirSync(join(root, 'geodata'))) {
  if (file.endsWith('.json')) copyFileSync(join(root, 'geodata', file), join(dist, 'geodata', file));
}
mkdirSync(join(dist, 'data'), { recursive: true });
copyFileSync(join(root, 'data/seed.json'), join(dist, 'data/seed.json'));
cpSync(join(root, 'demo/standalone.html'), join(dist, 'index.html'));

console.log(`built ${dist}: ${readdirSync(dist).join(', ')}`);
