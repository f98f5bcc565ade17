// Issue 14, "hostile data stays inert", in the element: the corpus that the CLI's and the exports'
// tests read (tests/hostile-corpus.ts) is loaded as JSON and as CSV, every link is hovered and
// selected, the table and the problems are opened, and the URL hash carries a payload. No payload
// runs, no element or event handler comes from the data, every link goes to http(s) only, and the
// hostile texts are shown as the text they are.
import { afterEach, describe, expect, it } from 'vitest';
import type { CoopMap } from '../../src/coop-map.js';
import { HOSTILE_FLAG, HOSTILE_TEXTS, hostileCsv, hostileJson } from '../hostile-corpus.js';
import { cleanup, mount, nextEvent } from './helpers.js';

const urls: string[] = [];
afterEach(() => {
  cleanup();
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  history.replaceState(null, '', location.pathname + location.search);
});

/** Every element of the element's shadow tree, nested shadow roots included. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? allElements(element.shadowRoot) : []),
  ]);
}

/** What would show that a payload got out of its text: checked after every step. */
function expectInert(element: CoopMap, step: string): void {
  expect((globalThis as Record<string, unknown>)[HOSTILE_FLAG], step).toBeUndefined();
  const elements = allElements(element.shadowRoot!);
  const handlers = elements.flatMap((e) => e.getAttributeNames().filter((name) => name.startsWith('on')));
  expect(handlers, step).toEqual([]);
  expect(
    elements.filter((e) => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName)),
    step,
  ).toEqual([]);
  // Data may be in an attribute as text (a label, a data-* id), never where a browser loads or runs it.
  const loads = ['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'style'];
  const carriers = elements.filter((e) => loads.some((n) => e.getAttribute(n)?.includes(HOSTILE_FLAG)));
  expect(carriers, step).toEqual([]);
  for (const link of elements.filter(
    (e): e is HTMLAnchorElement => e instanceof HTMLAnchorElement && e.hasAttribute('href'),
  )) {
    expect(new URL(link.href).protocol, `${step}: ${link.href}`).toMatch(/^https?:$/);
  }
}

const FORMATS = [
  ['JSON', hostileJson, 'application/json'],
  ['CSV', hostileCsv, 'text/csv'],
] as const;

describe('the hostile corpus in the element', () => {
  it.each(FORMATS)(
    '%s: hovered, selected, in the table and the problems, nothing runs',
    async (name, make, type) => {
      const url = URL.createObjectURL(new Blob([make()], { type }));
      urls.push(url);
      // A payload in the URL hash too, for the element that follows it.
      location.hash = new URLSearchParams({ selected: HOSTILE_TEXTS.image }).toString();
      const element = mount({ src: url, lang: 'en', 'sync-url': '' });
      const loaded = await nextEvent(element, 'coop-load', 30_000);
      expect(loaded.detail.links).toBeGreaterThan(10);
      expect(loaded.detail.issues.length).toBeGreaterThan(0);
      await element.whenIdle();
      expectInert(element, `${name}: loaded`);

      const ids = element.visibleLinks;
      expect(ids.length).toBe(loaded.detail.links);
      for (const id of ids) {
        element.hoverTarget(id, { x: 100, y: 100 });
        element.select(id);
        await element.updateComplete;
        expectInert(element, `${name}: ${JSON.stringify(id)} selected`);
      }
      // The texts are shown as text: the panel of the script link says "<script>…" in letters.
      const scriptLink = ids.find((id) => id.startsWith('<script>'));
      if (scriptLink) {
        element.select(scriptLink);
        await element.updateComplete;
        expect(element.shadowRoot!.textContent).toContain(HOSTILE_TEXTS.script);
      }
      element.select(null);

      element.view = 'table';
      await element.updateComplete;
      await nextFrame();
      expect(element.shadowRoot!.querySelectorAll('[part~="table"] tbody tr').length).toBe(ids.length);
      expectInert(element, `${name}: table`);
      element.view = null;
      await element.updateComplete;

      const problems = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="problems"]');
      expect(problems, 'the problems notice').not.toBeNull();
      problems!.open = true;
      await nextFrame();
      expectInert(element, `${name}: problems`);
      expect(problems!.textContent).toContain('\u001B');
    },
    60_000,
  );
});

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
}
