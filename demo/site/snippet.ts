// The embed snippet: the standalone script and a <coop-map> with the attributes of the view
// shown, to paste into a page. For the author's own file, it says where to put the file.
import { html, render } from 'lit';
import type { CoopMap } from '../../src/index.js';
import { CONTROLLED_ATTRIBUTES } from './controls.js';
import type { DataSource } from './source.js';

const SCRIPT = 'dist/coop-map.standalone.js';

function attributeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The snippet's text for the element as it is now. */
export function snippetText(map: CoopMap, source: DataSource | null): string {
  const attributes: [string, string][] = [];
  if (source) attributes.push(['src', source.snippetSrc]);
  for (const name of [...CONTROLLED_ATTRIBUTES, 'columns', 'selected']) {
    const value = map.getAttribute(name);
    if (value !== null) attributes.push([name, value]);
  }
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attributeText(value)}"`));
  return (
    `<script type="module" src="${SCRIPT}"></script>\n` +
    `<coop-map${written.join('')} style="height: 600px"></coop-map>\n`
  );
}

/** Where the files go, in words: the package's dist/ folder, and the author's own file. */
function placement(source: DataSource | null): string {
  const dist =
    'Copy the dist/ folder of the coop-map package (node_modules/coop-map/dist after npm install coop-map, ' +
    'or ./dist/ of this site) beside your page: it holds coop-map.standalone.js, its worker and the map shapes.';
  if (!source || source.kind === 'url') return dist;
  if (source.kind === 'example') return `${dist} ${source.snippetSrc} is the example's file; put it beside the page.`;
  const own = `Save your file “${source.name}” beside the page as ${source.snippetSrc} (or write its own name in src).`;
  return `${dist} ${own}`;
}

export function renderSnippet(container: HTMLElement, map: CoopMap, source: DataSource | null): void {
  const text = snippetText(map, source);
  const copy = async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      // Without clipboard access (an insecure page), select the text for the reader to copy.
      const code = container.querySelector('code');
      if (code) getSelection()?.selectAllChildren(code);
      button.textContent = 'Selected: press Ctrl+C';
    }
  };
  render(
    html`<p class="hint">${placement(source)}</p>
      <pre class="snippet"><code id="snippet-code">${text}</code></pre>
      <button type="button" class="copy" aria-describedby="snippet-code" @click=${copy}>Copy the snippet</button>`,
    container,
  );
}
