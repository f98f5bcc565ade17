// The site's documentation pages: the guide, the data format and the FAQ from Markdown (README
// sections and demo/docs/faq.md), the reference from the Custom Elements Manifest. The site's
// build writes them into site/; the dev server (vite.config.ts) serves them at /demo/ as well.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { elementDeclaration } from './element-types.mjs';

/**
 * Each page's file name and HTML. `manifest` is dist/custom-elements.json; without it (no build
 * yet) the reference page says how to make it.
 */
export function docsPages(root, manifest) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return {
    'guide.html': markdownPage(
      'guide.html',
      'Guide',
      sections(readme, 'Use it on a page', 'Checking a data file', "Problems the data's author sees", 'Big data sets'),
    ),
    'data-format.html': markdownPage('data-format.html', 'Data format', sections(readme, 'The data set')),
    'faq.html': markdownPage('faq.html', 'FAQ', readFileSync(join(root, 'demo/docs/faq.md'), 'utf8')),
    'reference.html': manifest
      ? page('reference.html', 'Reference', reference(manifest))
      : page(
          'reference.html',
          'Reference',
          '<h1>Reference</h1>\n<p>Run <code>npm run build</code> to make the manifest.</p>',
        ),
  };
}

/** The README's `## name` sections, as Markdown. */
function sections(readme, ...names) {
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
  return html;
}
/** Markdown to HTML under the page's h1 (the README's sections are h2). */
function markdownPage(file, title, markdown) {
  return page(file, title, `<h1>${escape(title)}</h1>\n${marked.parse(markdown)}`);
}
/** The element's attributes, properties, events, parts and CSS properties, from the manifest. */
function reference(manifest) {
  const element = elementDeclaration(manifest);
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
