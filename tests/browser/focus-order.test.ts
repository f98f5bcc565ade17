// WCAG 2.4.3 and 2.4.11 (issue 10, findings 4 and 10): a panel opened with the mouse is the next
// Tab stop, not fifteen away; closing it gives the focus back to the map, never to <body>; and at
// 320 px wide with the panel open, no part the Tab key reaches is hidden under another.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { arcMiddle, cleanup, clickAt, mount, nextEvent, placeOf, SEED_URL, until } from './helpers.js';

afterEach(cleanup);

async function seedMap(width = 1000, height = 680): Promise<CoopMap> {
  const element = mount({ src: SEED_URL, lang: 'en', theme: 'light' });
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  await nextEvent(element, 'coop-load');
  await element.whenIdle();
  return element;
}

const nameOf = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;

/** The topmost element at the middle of `element`'s box, through shadow roots. */
function topmostAt(element: Element): Element | null {
  const box = element.getBoundingClientRect();
  let found = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  while (found?.shadowRoot) {
    const inner = found.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (!inner || inner === found) break;
    found = inner;
  }
  return found;
}

describe('focus order', () => {
  it('a panel opened by a click is the next Tab stop; Close and Escape give the focus back to the map', async () => {
    const element = await seedMap();
    const canvas = element.map!.getCanvas();
    clickAt(element, arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75')));
    const panel = await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]'));
    // From the map, the panel comes right after it and its credits button (it was 15 stops away).
    canvas.focus();
    let stops = 0;
    while (stops < 15 && !panel.contains(element.shadowRoot!.activeElement)) {
      await userEvent.tab();
      stops++;
    }
    expect(stops).toBeLessThanOrEqual(2);

    const close = panel.querySelector<HTMLButtonElement>('button.close')!;
    close.focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="panel"]')).toBeNull();
    expect(element.shadowRoot!.activeElement).toBe(canvas);

    element.select('sverdlovsk-almaty');
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLElement>('[part~="panel"] a, [part~="panel"] button')!.focus();
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="panel"]')).toBeNull();
    expect(document.activeElement).toBe(element);
    expect(element.shadowRoot!.activeElement).toBe(canvas);
  });

  it('320 px wide, panel open: what the Tab key reaches is on top, the rest inert under the panel', async () => {
    const element = await seedMap(320, 560);
    element.select('sverdlovsk-gyeonggi');
    await until(() => element.shadowRoot!.querySelector('[part~="panel"]'));
    const seen = new Set<Element>();
    const hidden: string[] = [];
    for (let i = 0; i < 60; i++) {
      await userEvent.tab();
      const focused = element.shadowRoot!.activeElement;
      if (!focused) {
        if (seen.size > 0) break;
        continue;
      }
      if (seen.has(focused)) continue;
      seen.add(focused);
      // A part scrolled into view by the focus, as the browser does.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const top = topmostAt(focused);
      if (!top || !(focused === top || focused.contains(top) || top.contains(focused))) {
        hidden.push(`${nameOf(focused)} under ${top ? nameOf(top) : 'nothing'}`);
      }
    }
    // The panel covers the element like a sheet: its Close button (and links, where it has any) are
    // reached, nothing under it — not the map or its credits.
    expect(seen.size).toBeGreaterThanOrEqual(1);
    const panel = element.shadowRoot!.querySelector('[part~="panel"]')!;
    expect([...seen].every((part) => panel.contains(part))).toBe(true);
    expect(element.map!.getCanvas().closest('[inert]')).not.toBeNull();
    expect(hidden).toEqual([]);
  });

  it('zooms in, out and back to all places from the buttons, by keyboard (2.5.7)', async () => {
    const element = await seedMap();
    const map = element.map!;
    const button = (name: string) =>
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.tool')].find(
        (b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name,
      )!;
    const home = map.getZoom();
    for (const [name, change] of [
      ['Zoom in', 1],
      ['Zoom out', -1],
    ] as const) {
      const before = map.getZoom();
      button(name).focus();
      await userEvent.keyboard('{Enter}');
      await until(() => Math.abs(map.getZoom() - (before + change)) < 0.05).catch(() => {
        throw new Error(`${name}: ${before} → ${map.getZoom()}`);
      });
    }
    button('Zoom in').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => map.getZoom() > home + 0.95);
    // Back to the whole data set, as fitted when it loaded (the legend's room aside).
    button('Show all places').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => Math.abs(map.getZoom() - home) < 0.6).catch(() => {
      throw new Error(`fit: ${home} → ${map.getZoom()}`);
    });
  });

  it('320 px wide with years set: no control is cut off or reaches past the element (1.4.10)', async () => {
    const element = await seedMap(320, 560);
    element.years = '2000-2015';
    await element.updateComplete;
    const host = element.getBoundingClientRect();
    const controls = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.chrome button, .chrome input')].filter(
      (control) => control.getClientRects().length > 0,
    );
    expect(controls.some((c) => c.classList.contains('all-years'))).toBe(true);
    const cut = controls.flatMap((control) => {
      const box = control.getBoundingClientRect();
      const outside = box.left < host.left - 0.5 || box.right > host.right + 0.5;
      const clipped = control.scrollWidth > control.clientWidth + 1;
      return outside || clipped ? [`${nameOf(control)} ${Math.round(box.left)}–${Math.round(box.right)}`] : [];
    });
    expect(cut).toEqual([]);
  });
});
