// The element by keyboard alone: the map as one Tab stop with a cursor over what it draws, the
// details panel opened and closed from the keys with the focus going where it should, and the
// polite live region saying what the cursor is on. No mouse event is sent in this file.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { cleanup, mount, nextEvent, SEED_URL, until } from './helpers.js';
import { ANNOUNCE_MIN_INTERVAL_MS } from '../../src/controllers/announcer.js';
import { PLAY_STEP_MS } from '../../src/filters/timeline.js';

afterEach(cleanup);

/** The element's focused part, through its shadow root. */
function focused(element: CoopMap): Element | null {
  return element.shadowRoot!.activeElement;
}

function liveText(element: CoopMap): string {
  return element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.replace('\u200b', '');
}

/** Presses Tab until `done` says the focus is where it should be (at most `limit` times). */
async function tabUntil(done: () => boolean, limit = 30): Promise<void> {
  for (let i = 0; i < limit && !done(); i++) await userEvent.tab();
  expect(done()).toBe(true);
}

async function seedMap(): Promise<CoopMap> {
  const element = mount({ src: SEED_URL, lang: 'en', theme: 'light' });
  await nextEvent(element, 'coop-load');
  await element.updateComplete;
  return element;
}

describe('the map by keyboard', () => {
  it('is one Tab stop, named and described as an application with keys', async () => {
    const element = await seedMap();
    const canvas = element.map!.getCanvas();
    await tabUntil(() => focused(element) === canvas);
    expect(canvas.getAttribute('role')).toBe('application');
    expect(canvas.getAttribute('aria-label')).toBe('Map of cooperation links');
    expect(canvas.getAttribute('aria-roledescription')).toBe('map');
    const hint = element.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toContain('Arrow keys move between places');
  });

  it('walks: to a place, through its links, opens one, reads its source, closes, focus back', async () => {
    const element = await seedMap();
    const canvas = element.map!.getCanvas();
    await tabUntil(() => focused(element) === canvas);

    // From nowhere, an arrow goes to the place nearest the centre; the tooltip shows it.
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    const first = liveText(element);
    expect(first).toMatch(/, (region|country|organization|place): Links: \d+ of \d+ shown$/);
    const tooltip = await until(() => element.shadowRoot!.querySelector('[part~="tooltip"]'));
    expect(first.startsWith(tooltip.querySelector('.tooltip-title')!.textContent!.trim())).toBe(true);
    // The arrow was the cursor's, not MapLibre's: the map did not pan (nor does it below).
    const centre = element.map!.getCenter();

    // Home: the best connected place shown.
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    expect(liveText(element)).toMatch(/^(Sverdlovsk|Irkutsk|Republic of Korea|Kazakhstan|Russia)/);
    const home = liveText(element);

    // Arrows go from place to place on screen: east from Sverdlovsk Oblast reaches Irkutsk Oblast.
    for (let i = 0; i < 6 && !liveText(element).startsWith('Irkutsk'); i++) {
      await userEvent.keyboard('{ArrowRight}');
      await element.updateComplete;
    }
    expect(liveText(element)).toMatch(/^Irkutsk, region: Links: 3 of 3 shown$/);
    const irkutsk = liveText(element);

    // Page Down: the first of its links, said with its places and its position.
    await userEvent.keyboard('{PageDown}');
    await element.updateComplete;
    const link = liveText(element);
    expect(link).toMatch(/ ↔ .+: .+\. Link 1 of \d+$/);
    await userEvent.keyboard('{PageDown}');
    await element.updateComplete;
    expect(liveText(element)).toMatch(/\. Link 2 of \d+$/);
    await userEvent.keyboard('{PageUp}');
    await element.updateComplete;
    expect(liveText(element)).toBe(link);

    // Enter opens the details of that link and moves the focus into them.
    const selected = nextEvent(element, 'coop-select');
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail.kind).toBe('link');
    const panel = await until(() => element.shadowRoot!.querySelector('[part~="panel"]'));
    await until(() => focused(element) === panel.querySelector('h2'));

    // Tab reaches the panel's close button and then its source, a real link.
    await tabUntil(() => (focused(element) as HTMLElement | null)?.tagName === 'A', 10);
    const source = focused(element) as HTMLAnchorElement;
    expect(source.href).toMatch(/^https?:/);
    expect(panel.contains(source)).toBe(true);

    // Escape closes the panel and puts the focus back on the map, where the walk was.
    await userEvent.keyboard('{Escape}');
    await until(() => element.shadowRoot!.querySelector('[part~="panel"]') === null);
    await until(() => focused(element) === canvas);
    expect(element.selected).toBeNull();

    // Escape on the map: from the link back to its place, then off the map's items.
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(liveText(element)).toBe(irkutsk);
    expect(home).not.toBe(irkutsk);
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="tooltip"]')).toBeNull();
    expect(element.map!.getCenter().lng).toBeCloseTo(centre.lng, 1);
  });

  it('? lists the keys; Escape closes the list and the focus goes back to the map', async () => {
    const element = await seedMap();
    const canvas = element.map!.getCanvas();
    await tabUntil(() => focused(element) === canvas);
    await userEvent.keyboard('?');
    const keys = await until(() => element.shadowRoot!.querySelector('[part~="keys"]'));
    expect(keys.textContent).toContain('Page Up / Page Down');
    await until(() => focused(element) === keys.querySelector('h2'));
    await userEvent.keyboard('{Escape}');
    await until(() => element.shadowRoot!.querySelector('[part~="keys"]') === null);
    await until(() => focused(element) === canvas);
  });

  it('a sector toggled from the keyboard is announced once, with what is shown', async () => {
    const element = await seedMap();
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('.sector-toggle[data-sector="culture"]')!;
    await tabUntil(() => focused(element) === toggle, 40);
    await userEvent.keyboard(' ');
    expect(element.getAttribute('sectors')).not.toBeNull();
    await until(() => /links shown — /.test(liveText(element)), 3000);
    expect(liveText(element)).toMatch(/^\d+ of 12 links shown — Education, Economy/);
  });

  it('playing through the years is announced at most once a second, not at every step', async () => {
    const element = await seedMap();
    const region = element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: { at: number; text: string }[] = [];
    const steps: string[] = [];
    const observer = new MutationObserver(() => said.push({ at: performance.now(), text: liveText(element) }));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const years = new MutationObserver(() => steps.push(element.getAttribute('years') ?? ''));
    years.observe(element, { attributes: true, attributeFilter: ['years'] });
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.play')!.click();
    await new Promise((resolve) => setTimeout(resolve, 4 * PLAY_STEP_MS + 300));
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.play')!.click();
    observer.disconnect();
    years.disconnect();
    const spoken = said.filter((s) => s.text.trim() !== '');
    // The years moved at every step; what was said came less often, a second apart at least.
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(spoken.length).toBeGreaterThanOrEqual(1);
    expect(spoken.length).toBeLessThan(steps.length);
    for (let i = 1; i < spoken.length; i++)
      expect(spoken[i]!.at - spoken[i - 1]!.at).toBeGreaterThanOrEqual(ANNOUNCE_MIN_INTERVAL_MS - 50);
  });
});
