// Prints the gzipped size of what a page downloads:
//   node scripts/size.mjs [--json out.json] [--breakdown]
// - the component alone: src/coop-map.ts bundled and minified with maplibre-gl left out (the
//   geodata is fetched at run time, never bundled), with and without Lit, and with and without
//   MapLibre's stylesheet, which src/coop-map.styles.ts inlines into the bundle;
// - the standalone file, built the way scripts/build.mjs builds dist/coop-map.standalone.js;
// - MapLibre's worker, which the standalone file loads beside itself;
// - each bundled geodata file.
// --breakdown also lists what the component bundle (without Lit) is made of, module by module.
// Everything is built in memory; dist/ is left alone.
import { build } from 'vite';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { MAPLIBRE_CSS_MODULE, maplibreCssPlugin } from './maplibre-css-plugin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/coop-map.ts');
/** What issue 5 allows the component: 35 KB gzipped. */
const COMPONENT_BUDGET_BYTES = 35 * 1024;

const LIT_PACKAGES = ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'];
/** Modules listed by --breakdown. */
const BREAKDOWN_ROWS = 25;

const jsonIndex = process.argv.indexOf('--json');
const jsonOut = jsonIndex > 0 ? process.argv[jsonIndex + 1] : null;
const breakdown = process.argv.includes('--breakdown');

const gzipSize = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Resolves MapLibre's inlined stylesheet (the rules the element keeps of it) to an empty string, to weigh the bundle without it. */
const withoutMaplibreCss = {
  name: 'size-without-maplibre-css',
  enforce: 'pre',
  resolveId: (id) => (id === MAPLIBRE_CSS_MODULE ? '\0empty-maplibre-css' : null),
  load: (id) => (id === '\0empty-maplibre-css' ? 'export default "";' : null),
};

/** Builds one minified ES bundle of `src/coop-map.ts` in memory; returns its code and modules. */
async function bundle({ external = [], plugins = [] }) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [...plugins, maplibreCssPlugin()],
    define: {
      __COOP_GEODATA_RELATIVE__: JSON.stringify('./geodata/'),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      // `?inline` imports (MapLibre's stylesheet) are part of the component even when their package is not.
      rollupOptions: { external: (id) => external.some((dep) => id === dep || (id.startsWith(`${dep}/`) && !id.includes('?'))) },
    },
  });
  const chunk = (Array.isArray(result) ? result[0] : result).output[0];
  return { code: Buffer.from(chunk.code), modules: chunk.modules };
}

const rows = [];
const add = (what, bytes, note = '') => rows.push({ what, bytes: bytes.length, gzip: gzipSize(bytes), note });

const component = [
  ['component, with Lit, with MapLibre CSS', ['maplibre-gl'], []],
  ['component, with Lit, without MapLibre CSS', ['maplibre-gl'], [withoutMaplibreCss]],
  ['component, without Lit, with MapLibre CSS', ['maplibre-gl', ...LIT_PACKAGES], []],
  ['component, without Lit, without MapLibre CSS', ['maplibre-gl', ...LIT_PACKAGES], [withoutMaplibreCss]],
];
let withoutLitModules = null;
for (const [what, external, plugins] of component) {
  const { code, modules } = await bundle({ external, plugins });
  if (what === component[2][0]) withoutLitModules = modules;
  add(what, code, 'maplibre-gl external; papaparse, topojson-client included');
}
add('dist/coop-map.standalone.js (element, Lit, MapLibre)', (await bundle({})).code, 'built as scripts/build.mjs builds it');
add('maplibre-gl-worker.mjs (loaded by the standalone file)', readFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')));
for (const file of readdirSync(join(root, 'geodata')).filter((f) => f.endsWith('.json')).sort()) {
  add(`geodata/${file}`, readFileSync(join(root, 'geodata', file)), 'fetched at run time');
}

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzipped'.padStart(10)}`);
for (const row of rows) console.log(`${row.what.padEnd(width)}  ${kb(row.bytes).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${row.note}`);
const withLit = rows[0].gzip;
const withoutLit = rows[2].gzip;
console.log(
  `\ncomponent budget ${kb(COMPONENT_BUDGET_BYTES)} gzipped: with Lit ${kb(withLit)} (${withLit <= COMPONENT_BUDGET_BYTES ? 'within' : 'over'}), ` +
    `without Lit ${kb(withoutLit)} (${withoutLit <= COMPONENT_BUDGET_BYTES ? 'within' : 'over'})`,
);
if (breakdown && withoutLitModules) {
  // Each module gzipped on its own: more than its share of the whole, but it ranks them.
  console.log(`\n${component[2][0]}, module by module (minified, gzipped alone):`);
  const modules = Object.entries(withoutLitModules)
    .map(([id, m]) => ({ id: id.startsWith(root) ? relative(root, id) : id.replace(/^\0/, ''), length: m.renderedLength, gzip: m.code ? gzipSize(Buffer.from(m.code)) : 0 }))
    .sort((a, b) => b.length - a.length);
  for (const m of modules.slice(0, BREAKDOWN_ROWS)) console.log(`${kb(m.length).padStart(10)}  ${kb(m.gzip).padStart(9)}  ${m.id}`);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), budgetBytes: COMPONENT_BUDGET_BYTES, files: rows }, null, 2)}\n`);
