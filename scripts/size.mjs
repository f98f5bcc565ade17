// Prints the gzipped size of what a page downloads:
//   node scripts/size.mjs [--json out.json] [--breakdown]
// - the component alone: src/coop-map.ts bundled and minified with maplibre-gl left out (the
//   geodata is fetched at run time, never bundled), with and without Lit, and with and without
//   the part of MapLibre's stylesheet that src/coop-map.styles.ts inlines into the bundle: what a
//   page loads up front with a JSON data set (the entry and the files it imports statically);
// - each file the component loads only on demand: the CSV reader (for a CSV data set), the
//   strings of each language but English (when an element speaks it), the details panel (on the
//   first selection), the tooltip (on the first hover) and the PNG export (on the first export);
// - the standalone file, built the way scripts/build.mjs builds dist/coop-map.standalone.js;
// - MapLibre's worker, which the standalone file loads beside itself;
// - each bundled geodata file.
// --breakdown also lists what the component bundle (without Lit) is made of, module by module.
// Everything is built in memory; dist/ is left alone.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { bundleComponent, bundleConsumerPage, LIT_PACKAGES, ROOT as root } from './component-bundle.mjs';
import { MAPLIBRE_CSS_MODULE } from './maplibre-css-plugin.mjs';

/** What issue 5 allows the component: 35 KB gzipped. */
const COMPONENT_BUDGET_BYTES = 35 * 1024;

/** Modules listed by --breakdown. */
const BREAKDOWN_ROWS = 25;

const jsonIndex = process.argv.indexOf('--json');
const jsonOut = jsonIndex > 0 ? process.argv[jsonIndex + 1] : null;
const breakdown = process.argv.includes('--breakdown');

const gzipSize = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Resolves MapLibre's inlined stylesheet (the rules the element keeps of it) to an empty string,
 * to weigh the bundle without it.
 */
const withoutMaplibreCss = {
  name: 'size-without-maplibre-css',
  enforce: 'pre',
  resolveId: (id) => (id === MAPLIBRE_CSS_MODULE ? '\0empty-maplibre-css' : null),
  load: (id) => (id === '\0empty-maplibre-css' ? 'export default "";' : null),
};

const rows = [];
/** One row for some files, downloaded each on its own: sizes are summed file by file. */
const add = (what, files, note = '') =>
  rows.push({
    what,
    bytes: files.reduce((n, f) => n + f.code.length, 0),
    gzip: files.reduce((n, f) => n + gzipSize(f.code), 0),
    note,
  });
const file = (path) => [{ code: readFileSync(path) }];

const component = [
  ['component, with Lit, with MapLibre CSS', ['maplibre-gl'], []],
  ['component, with Lit, without MapLibre CSS', ['maplibre-gl'], [withoutMaplibreCss]],
  ['component, without Lit, with MapLibre CSS', ['maplibre-gl', ...LIT_PACKAGES], []],
  ['component, without Lit, without MapLibre CSS', ['maplibre-gl', ...LIT_PACKAGES], [withoutMaplibreCss]],
];
let withoutLit = null;
let lazyFiles = [];
for (const [what, external, plugins] of component) {
  const built = await bundleComponent({ external, plugins });
  if (what === component[2][0]) withoutLit = built;
  if (what === component[0][0]) lazyFiles = built.lazy;
  const split = built.upFront.length > 1 ? `, ${built.upFront.length} files` : '';
  add(what, built.upFront, `up front, with a JSON data set${split}; maplibre-gl external`);
}
for (const lazy of lazyFiles) {
  const from = [
    ...new Set(
      Object.keys(lazy.modules)
        .map((id) => relative(root, id))
        .filter((id) => id.startsWith('src/')),
    ),
  ].join(', ');
  add(`  + ${lazy.name.replace(/-[\w-]{8}\.js$/, '.js')}`, [lazy], `loaded on demand (${from})`);
}
// The same as a page's production build of `import 'coop-map'` gets it from dist/ (the npm
// package): its entry chunk, with the loader code the page's bundler adds.
if (existsSync(join(root, 'dist/index.js'))) {
  for (const [what, external] of [
    ["page build of import 'coop-map', with Lit", ['maplibre-gl']],
    ["page build of import 'coop-map', without Lit", ['maplibre-gl', ...LIT_PACKAGES]],
  ]) {
    add(
      what,
      (await bundleConsumerPage({ external })).upFront,
      'up front; from dist/ as npm installs it; maplibre-gl external',
    );
  }
} else {
  console.log('(dist/ is missing: run `npm run build` to weigh a page build of the npm package too)\n');
}
add(
  'dist/coop-map.standalone.js (element, Lit, MapLibre)',
  (await bundleComponent({ codeSplitting: false })).upFront,
  'built as scripts/build.mjs builds it, dynamic imports inlined',
);
add(
  'maplibre-gl-worker.mjs (loaded by the standalone file)',
  file(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')),
);
for (const name of readdirSync(join(root, 'geodata'))
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  add(`geodata/${name}`, file(join(root, 'geodata', name)), 'fetched at run time');
}
add(
  'geodata/admin1/index.json',
  file(join(root, 'geodata/admin1/index.json')),
  'fetched when a data set names regions',
);
// The seed's countries, as an example of what a page draws: each country file is fetched only when drawn.
for (const country of ['RU', 'KR', 'KZ']) {
  add(`geodata/admin1/${country}.json`, file(join(root, `geodata/admin1/${country}.json`)), 'fetched when drawn');
}

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzipped'.padStart(10)}`);
for (const row of rows)
  console.log(`${row.what.padEnd(width)}  ${kb(row.bytes).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${row.note}`);
const withLitGzip = rows[0].gzip;
const withoutLitGzip = rows[2].gzip;
console.log(
  `\ncomponent budget ${kb(COMPONENT_BUDGET_BYTES)} gzipped, up front: ` +
    `with Lit ${kb(withLitGzip)} (${withLitGzip <= COMPONENT_BUDGET_BYTES ? 'within' : 'over'}), ` +
    `without Lit ${kb(withoutLitGzip)} (${withoutLitGzip <= COMPONENT_BUDGET_BYTES ? 'within' : 'over'})`,
);
if (breakdown && withoutLit) {
  // Each module gzipped on its own: more than its share of the whole, but it ranks them.
  const list = (files) =>
    files
      .flatMap((f) => Object.entries(f.modules))
      .map(([id, m]) => ({
        id: id.startsWith(root) ? relative(root, id) : id.replace(/^\0/, ''),
        length: m.renderedLength,
        gzip: m.code ? gzipSize(Buffer.from(m.code)) : 0,
      }))
      .filter((m) => m.length > 0)
      .sort((a, b) => b.length - a.length);
  const print = (modules) =>
    modules.forEach((m) => console.log(`${kb(m.length).padStart(10)}  ${kb(m.gzip).padStart(9)}  ${m.id}`));
  console.log(`\n${component[2][0]}, up front, module by module (minified, gzipped alone):`);
  print(list(withoutLit.upFront).slice(0, BREAKDOWN_ROWS));
  if (withoutLit.lazy.length > 0) {
    console.log('\nloaded on demand, module by module:');
    print(list(withoutLit.lazy));
  }
}
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify({ date: new Date().toISOString(), budgetBytes: COMPONENT_BUDGET_BYTES, files: rows }, null, 2) +
      '\n',
  );
