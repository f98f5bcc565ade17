// The colors the arcs are drawn in, against the map they are drawn on (WCAG 2.2: 1.4.11 non-text
// contrast, 1.4.1 use of color): every sector color at 3:1 or more against the land and the sea
// of both themes, as the arc is blended over them; the built-in sectors and "unspecified" told
// apart in normal vision and in the three forms of dichromacy; each status a pattern of its own.
import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  interpolate,
  wcagContrast,
  type Color,
} from 'culori';
import { BUILTIN_SECTOR_DEFAULTS, EXTRA_SECTOR_PALETTE, UNSPECIFIED_SECTOR_DEFAULTS } from '../../src/data/sectors.js';
import { STATUS_STYLES } from '../../src/filters/statuses.js';
import { PALETTES } from '../../src/map/basemap.js';
import { LINK_STATUSES } from '../../src/data/types.js';
import seed from '../../data/seed.json' with { type: 'json' };

const BUILT_IN = { ...Object.fromEntries(Object.entries(BUILTIN_SECTOR_DEFAULTS).map(([id, s]) => [id, s.color])) };
const KNOWN = { ...BUILT_IN, unspecified: UNSPECIFIED_SECTOR_DEFAULTS.color };
const BACKGROUNDS: [string, string][] = Object.entries(PALETTES).flatMap(([theme, p]) => [
  [`${theme} land`, p.land] as [string, string],
  [`${theme} sea`, p.ocean] as [string, string],
]);

/** The arc's color as it reaches the screen: blended over the background at the status's opacity. */
const blended = (color: string, background: string, alpha: number) =>
  formatHex(interpolate([background, color], 'rgb')(alpha))!;

describe('arc colors', () => {
  it.each(LINK_STATUSES)('are at 3:1 or more against land and sea in both themes, %s arcs too', (status) => {
    const { alpha } = STATUS_STYLES[status];
    const colors: Record<string, string> = {
      ...KNOWN,
      ...Object.fromEntries(EXTRA_SECTOR_PALETTE.map((color, i) => [`extra ${i + 1}`, color])),
      ...Object.fromEntries(seed.sectors.map((s) => [`seed's ${s.id}`, s.color])),
    };
    for (const [sector, color] of Object.entries(colors))
      for (const [where, background] of BACKGROUNDS)
        expect(
          wcagContrast(blended(color, background, alpha), background),
          `${sector} on ${where}`,
        ).toBeGreaterThanOrEqual(3);
  });

  const vision: [string, (color: string) => Color | string][] = [
    ['normal vision', (color) => color],
    ['deuteranopia', (color) => filterDeficiencyDeuter(1)(color as never)],
    ['protanopia', (color) => filterDeficiencyProt(1)(color as never)],
    ['tritanopia', (color) => filterDeficiencyTrit(1)(color as never)],
  ];
  it.each(vision)('are 10 or more apart (CIEDE2000) in %s', (_, see) => {
    const distance = differenceCiede2000();
    const entries = Object.entries(KNOWN);
    for (const [i, [a, colorA]] of entries.entries())
      for (const [b, colorB] of entries.slice(i + 1))
        expect(distance(see(colorA) as Color, see(colorB) as Color), `${a} / ${b}`).toBeGreaterThanOrEqual(10);
  });
});

describe('statuses', () => {
  it('each have a pattern of their own (not color or opacity alone)', () => {
    const patterns = LINK_STATUSES.map((status) => `${STATUS_STYLES[status].dash}/${STATUS_STYLES[status].gap}`);
    expect(new Set(patterns).size).toBe(LINK_STATUSES.length);
  });
});
