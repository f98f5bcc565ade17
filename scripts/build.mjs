// Builds dist/: the ESM build for npm (maplibre-gl, lit and the other dependencies stay
// imports) with its .d.ts, and coop-map.standalone.js, one file for a plain <script type="module">.
// Geodata, MapLibre's worker and the seed data set are copied beside them, so dist/ can be
// copied to any static host as it is.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maplibreCssPlugin } from './maplibre-css-plugin.mjs';
import { minifyLiteralsPlugin } from './minify-literals-plugin.mjs';
import { writeElementTypes } from './element-types.mjs';
import { NOTICE_BANNER, thirdPartyNotices } from './third-party-notices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Dependencies and peer dependencies stay imports, for the app's bundler to resolve once.
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => !id.includes('?') && external.some((dep) => id === dep || id.startsWith(`${dep}/`));
// The built modules find the geodata and MapLibre's worker beside them (src/load/package-files.ts).
const maplibre = JSON.parse(readFileSync(join(root, 'node_modules/maplibre-gl/package.json'), 'utf8'));
const define = { __COOP_BUILT__: 'true', __MAPLIBRE_VERSION__: JSON.stringify(maplibre.version) };

rmSync(dist, { recursive: true, force: true });

/**
 * src/load/package-files.ts names each file the built modules need in
 * `new URL(/* @vite-ignore *\/ './…', import.meta.url)`: the comment keeps this build from
 * rewriting the URLs, and must not stay in the built files, or an app's Vite would skip them too.
 * It becomes spaces, so no code moves and the source maps stay right.
 */
function packageFilesPlugin() {
  const VITE_IGNORE = /\/\*\s*@vite-ignore\s*\*\//g;
  return {
    name: 'coop-map:package-files',
    renderChunk(code) {
      if (!code.includes('@vite-ignore')) return null;
      return { code: code.replace(VITE_IGNORE, (comment) => ' '.repeat(comment.length)), map: null };
    },
  };
}

/** One Vite build into dist/, with the settings every output shares. */
function buildInto(options, extraDefine = {}, extraPlugins = []) {
  return build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [maplibreCssPlugin(), minifyLiteralsPlugin(), packageFilesPlugin(), ...extraPlugins],
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
      react: join(root, 'src/react.ts'),
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
  { 'process.env.NODE_ENV': JSON.stringify('production'), __COOP_STANDALONE__: 'true' },
  [thirdPartyNotices(join(dist, 'THIRD-PARTY-NOTICES'))],
);
// Its minifier drops comments, the licenses' too: the file begins with where they are.
const standalone = join(dist, 'coop-map.standalone.js');
writeFileSync(standalone, `${NOTICE_BANNER(pkg.version)}\n${readFileSync(standalone, 'utf8')}`);
writeFileSync(
  join(dist, 'coop-map.standalone.d.ts'),
  "// The standalone file registers <coop-map> as the package's main entry does, and exports its class.\n" +
    "export { CoopMap } from './coop-map.js';\n",
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

// The Custom Elements Manifest from the element's JSDoc (custom-elements-manifest.config.mjs),
// and the typings of the element for React, Vue and Svelte templates written from it.
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
  ],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
writeElementTypes(dist);

// MapLibre's worker beside the built files (src/load/package-files.ts): the one the standalone
// file starts, and the npm build when the app's maplibre-gl is of the version built with.
copyFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'), join(dist, 'maplibre-gl-worker.mjs'));

// geodata/*.json and geodata/admin1/*.json (the index and one file per country).
for (const folder of ['geodata', 'geodata/admin1']) {
  mkdirSync(join(dist, folder), { recursive: true });
  for (const file of readdirSync(join(root, folder))) {
    if (file.endsWith('.json')) copyFileSync(join(root, folder, file), join(dist, folder, file));
  }
}
mkdirSync(join(dist, 'data'), { recursive: true });
copyFileSync(join(root, 'data/seed.json'), join(dist, 'data/seed.json'));
cpSync(join(root, 'demo/standalone.html'), join(dist, 'index.html'));

console.log(`built ${dist}: ${readdirSync(dist).join(', ')}`);
