// `coop-map/svelte` types <coop-map> in Svelte templates (type-checked by apps.test.ts): what
// `svelte/elements` knows of the tag is the element's attributes, properties and `oncoop-…` listeners.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'coop-map/svelte';

type Props = SvelteHTMLElements['coop-map'];

export const props: Props = {
  src: 'cooperation.json',
  'no-legend': true,
  theme: 'dark',
  data: { links: [{ source: 'RU-IRK', target: 'KR-47', properties: { budget: 1 } }] },
  'oncoop-load': (event) => console.log(event.detail.links),
};
// @ts-expect-error: not one of its themes
export const wrong: Props = { theme: 'blue' };
// @ts-expect-error: "sinc" is not a field of a link
export const typo: Props = { data: { links: [{ source: 'RU-IRK', target: 'KR-47', sinc: 1996 }] } };
