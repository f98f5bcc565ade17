// Issue 14 in the element, text that breaks a grammar or a layout: a sector id with a space (#2).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, nextEvent } from './helpers.js';

afterEach(cleanup);

const SPACED = {
  sectors: [
    { id: 'foreign affairs', label: 'Foreign affairs', color: '#7a5195' },
    { id: 'culture', label: 'Culture', color: '#ef5675' },
  ],
  links: [
    { id: 'irk-gb', source: 'RU-IRK', target: 'KR-47', sectors: ['foreign affairs'] },
    { id: 'sve-kz', source: 'RU-SVE', target: 'KZ-11', sectors: ['culture'] },
  ],
};

describe('#2 a sector id with a space', () => {
  it('#2: "foreign affairs" stays one sector when another is switched off, and its toggle works', async () => {
    const element = mount({}, { data: structuredClone(SPACED) });
    await nextEvent(element, 'coop-load');
    element.toggleSector('culture');
    await element.updateComplete;
    // Every other sector (the built-in ones too) stays on, written with commas.
    const ids = element.getAttribute('sectors')!.split(', ');
    expect(ids).toContain('foreign affairs');
    expect(ids).not.toContain('culture');
    expect(element.visibleLinks).toEqual(['irk-gb']);
    element.toggleSector('foreign affairs');
    await element.updateComplete;
    expect(element.visibleLinks).toEqual([]);
    element.toggleSector('foreign affairs');
    await element.updateComplete;
    expect(element.visibleLinks).toEqual(['irk-gb']);
    // The legend's toggle says so too.
    const toggle = [...element.shadowRoot!.querySelectorAll('[part~="legend"] button[aria-pressed]')].find((b) =>
      b.textContent!.includes('Foreign affairs'),
    )!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('#2: a page writes ids with spaces comma-separated', async () => {
    const element = mount({ sectors: 'foreign affairs, culture' }, { data: structuredClone(SPACED) });
    await nextEvent(element, 'coop-load');
    expect(element.visibleLinks.sort()).toEqual(['irk-gb', 'sve-kz']);
    element.setAttribute('sectors', 'culture');
    await element.updateComplete;
    expect(element.visibleLinks).toEqual(['sve-kz']);
  });
});
