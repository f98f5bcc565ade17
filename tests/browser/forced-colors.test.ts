// Forced colors (Windows high contrast): the browser replaces the page's colors with the system's.
// The legend's swatches keep their sectors' colors (the arcs on the canvas keep theirs), the
// pressed state still shows without color (a check mark, and a line through a sector switched
// off), and the timeline's chosen span stays visible.
import { afterEach, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { BUILTIN_SECTOR_DEFAULTS } from '../../src/data/sectors.js';
import { hexToRgb } from '../../src/map/view-math.js';
import { cleanup, mount, nextEvent } from './helpers.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

afterEach(async () => {
  cleanup();
  await commands.emulateForcedColors(false);
});

const rgb = (hex: string) => `rgb(${hexToRgb(hex).join(', ')})`;

it('keeps the swatches, the pressed state and the chosen years visible', async () => {
  await commands.emulateForcedColors(true);
  expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  const element = mount({ src: '/data/seed.json', years: '2012-2018' });
  await nextEvent(element, 'coop-load');
  await element.whenIdle();
  element.toggleSector('economy');
  await element.updateComplete;
  const root = element.shadowRoot!;
  const toggle = (id: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('.sector-toggle')].find((b) => b.dataset.sector === id)!;
  const swatch = (id: string) => getComputedStyle(toggle(id).querySelector('.swatch')!);
  // The swatch of a sector shown keeps its color; the system's colors did not replace it.
  expect(swatch('culture').backgroundColor).toBe(rgb(BUILTIN_SECTOR_DEFAULTS.culture!.color));
  expect(swatch('culture').forcedColorAdjust).toBe('none');
  // Pressed and not: a check mark and a line through, which forced colors keep.
  expect(toggle('culture').getAttribute('aria-pressed')).toBe('true');
  expect(getComputedStyle(toggle('culture').querySelector('.check')!).visibility).toBe('visible');
  expect(toggle('economy').getAttribute('aria-pressed')).toBe('false');
  expect(getComputedStyle(toggle('economy').querySelector('.check')!).visibility).toBe('hidden');
  expect(getComputedStyle(toggle('economy').querySelector('.label')!).textDecorationLine).toBe('line-through');
  // The chosen span of years is drawn in the system's highlight, distinct from the track.
  const fill = getComputedStyle(root.querySelector('.track-fill')!).backgroundColor;
  const track = getComputedStyle(root.querySelector('.track')!).backgroundColor;
  expect(fill).not.toBe(track);
  expect(fill).not.toBe('rgba(0, 0, 0, 0)');
  await page.screenshot({ path: '../screenshots/forced-colors.png' });
});
