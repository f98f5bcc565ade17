// Builds site/, the project's static site: the front door (demo/index.html: open your own file,
// its problems row by row, the attributes as controls, an embed snippet), the examples, and the
// documentation pages (guide, data format and FAQ from Markdown, the reference from the Custom
// Elements Manifest). Any static host serves the folder as it is.
//   node scripts/build-site.mjs     (npm run build:site; builds dist/ first when it is missing)
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maplibreCssPlugin } from './maplibre-css-plugin.mjs';
import { docsPages } from './site-docs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'site');
const dist = join(root, 'dist');
const shared = resolve(process.env.COOP_MAP_SHARED ?? join(root, '../shared'));
const maplibre = JSON.parse(readFileSync(join(root, 'node_modules/maplibre-gl/package.json'), 'utf8'));

// The snippet points at the package's dist/, which the site carries too, for visitors to copy.
if (!existsSync(join(dist, 'custom-elements.json')) || !existsSync(join(dist, 'coop-map.standalone.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

rmSync(site, { recursive: true, force: true });

/**
 * package.json's `sideEffects` names the built files only: bundled from the sources, the module
 * that registers the element (src/coop-map.ts) would be shaken out of the site.
 */
function registersElement() {
  const file = join(root, 'src/coop-map.ts');
  return {
    name: 'coop-map:registers-element',
    transform(code, id) {
      return id === file ? { code, moduleSideEffects: true } : null;
    },
  };
}

// The front door, bundled as an app is: the element's modules find the geodata and MapLibre's
// worker beside them (src/load/package-files.ts), which are copied there below.
await build({
  root: join(root, 'demo'),
  base: './',
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: [maplibreCssPlugin(), registersElement()],
  define: {
    __COOP_BUILT__: 'true',
    __MAPLIBRE_VERSION__: JSON.stringify(maplibre.version),
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: site,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { index: join(root, 'demo/index.html') },
    },
  },
});
// Opened from disk, a stylesheet marked crossorigin does not load: the page should still look
// like itself while it says how to serve it.
const indexHtml = join(site, 'index.html');
writeFileSync(indexHtml, readFileSync(indexHtml, 'utf8').replace(/(<link rel="stylesheet") crossorigin/g, '$1'));
// The note's script is a classic one (browsers run those from disk too), which Vite leaves as it is.
copyFileSync(join(root, 'demo/file-note.js'), join(site, 'file-note.js'));
const assets = join(site, 'assets');
copyFileSync(
  join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
  join(assets, 'maplibre-gl-worker.mjs'),
);
cpSync(join(root, 'geodata'), join(assets, 'geodata'), {
  recursive: true,
  filter: (f) => !f.includes('.sources') && (!/\.\w+$/.test(f) || f.endsWith('.json')),
});

// The examples' files: the seed data set; the Wikidata file only when it is beside the checkout
// (../shared/data), never kept in the repository.
mkdirSync(join(site, 'data'), { recursive: true });
copyFileSync(join(root, 'data/seed.json'), join(site, 'data/seed.json'));
const wikidata = join(shared, 'data/wikidata-sister-cities-eu.tsv');
if (existsSync(wikidata)) copyFileSync(wikidata, join(site, 'data/wikidata-sister-cities-eu.tsv'));
else console.log(`build-site: ${wikidata} is not there; the Wikidata example is left out`);

// The package's dist/ as the snippet names it (the standalone file, its worker, the geodata).
mkdirSync(join(site, 'dist'), { recursive: true });
for (const file of [
  'coop-map.standalone.js',
  'maplibre-gl-worker.mjs',
  'THIRD-PARTY-NOTICES',
  'custom-elements.json',
]) {
  copyFileSync(join(dist, file), join(site, 'dist', file));
}
cpSync(join(dist, 'geodata'), join(site, 'dist/geodata'), { recursive: true });
cpSync(join(dist, 'data'), join(site, 'dist/data'), { recursive: true });

// The documentation pages (the dev server serves the same, scripts/site-docs.mjs).
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
for (const [file, html] of Object.entries(docsPages(root, manifest))) writeFileSync(join(site, file), html);
copyFileSync(join(root, 'demo/docs/docs.css'), join(site, 'docs.css'));

console.log(`build-site: wrote ${readdirSync(site).length} entries to site/`);
