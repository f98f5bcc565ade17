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
import { marked } from 'marked';
import { maplibreCssPlugin } from './maplibre-css-plugin.mjs';

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

// The documentation pages.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The README's `## name` sections, as Markdown. */
function sections(...names) {
  const parts = readme.split(/^(?=## )/m);
  return names
    .map((name) => {
      const part = parts.find((p) => p.startsWith(`## ${name}\n`));
      if (!part) throw new Error(`README.md has no section "## ${name}"`);
      return part;
    })
    .join('\n');
}
const NAV = [
  ['index.html', 'Check your data'],
  ['guide.html', 'Guide'],
  ['data-format.html', 'Data format'],
  ['reference.html', 'Reference'],
  ['faq.html', 'FAQ'],
];
const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function page(file, title, body) {
  const nav = NAV.map(([href, label]) =>
    href === file ? `<a href="./${href}" aria-current="page">${label}</a>` : `<a href="./${href}">${label}</a>`,
  ).join('\n        ');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} — coop-map</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./docs.css" />
  </head>
  <body>
    <header class="top">
      <p class="name">coop-map</p>
      <nav aria-label="Site">
        ${nav}
      </nav>
    </header>
    <main class="doc">
${body}
    </main>
  </body>
</html>
`;
  writeFileSync(join(site, file), html);
}
/** Markdown to HTML under the page's h1 (the README's sections are h2). */
function markdownPage(file, title, markdown) {
  page(file, title, `<h1>${escape(title)}</h1>\n${marked.parse(markdown)}`);
}
markdownPage(
  'guide.html',
  'Guide',
  sections('Use it on a page', 'Checking a data file', "Problems the data's author sees", 'Big data sets'),
);
markdownPage('data-format.html', 'Data format', sections('The data set'));
markdownPage('faq.html', 'FAQ', readFileSync(join(root, 'demo/docs/faq.md'), 'utf8'));
page('reference.html', 'Reference', reference(JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'))));
copyFileSync(join(root, 'demo/docs/docs.css'), join(site, 'docs.css'));

/** The element's attributes, properties, events, parts and CSS properties, from the manifest. */
function reference(manifest) {
  const element = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.customElement && d.tagName === 'coop-map');
  if (!element) throw new Error('custom-elements.json has no <coop-map>');
  const inline = (text) => marked.parseInline(text ?? '');
  const table = (caption, heads, rows) =>
    `<h2>${caption}</h2>\n<table>\n` +
    `<thead><tr>${heads.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>\n<tbody>\n` +
    rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n') +
    '\n</tbody>\n</table>';
  const code = (text) => `<code>${escape(text)}</code>`;
  const properties = (element.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && !m.static);
  return [
    `<h1>&lt;coop-map&gt; reference</h1>`,
    `<p>${inline(element.description)}</p>`,
    "<p>Made from the package's Custom Elements Manifest " +
      '(<a href="./dist/custom-elements.json">custom-elements.json</a>).</p>',
    table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Meaning'],
      (element.attributes ?? []).map((a) => [
        code(a.name),
        a.fieldName ? code(a.fieldName) : '',
        code(a.type?.text ?? ''),
        a.default ? code(a.default) : '',
        inline(a.description),
      ]),
    ),
    table(
      'Properties without an attribute',
      ['Property', 'Type', 'Meaning'],
      properties
        .filter((p) => !(element.attributes ?? []).some((a) => a.fieldName === p.name))
        .map((p) => [code(p.name), code(p.type?.text ?? ''), inline(p.description)]),
    ),
    table(
      'Events',
      ['Event', 'Meaning'],
      (element.events ?? []).map((e) => [code(e.name), inline(e.description)]),
    ),
    table(
      'CSS parts',
      ['Part', 'Meaning'],
      (element.cssParts ?? []).map((p) => [code(p.name), inline(p.description)]),
    ),
    table(
      'CSS custom properties',
      ['Property', 'Meaning'],
      (element.cssProperties ?? []).map((p) => [code(p.name), inline(p.description)]),
    ),
  ].join('\n');
}

console.log(`build-site: wrote ${readdirSync(site).length} entries to site/`);
