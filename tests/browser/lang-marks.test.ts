// WCAG 3.1.2 (issue 10, finding 8): data text shown in a language other than the element's is
// marked with its own, wherever it shows — the legend's sector labels, the tooltip's sectors, the
// panel's activities, their sectors and the note — so that a screen reader says it in that language.
import { afterEach, describe, expect, it } from 'vitest';
import type { CooperationDataInput } from '../../src/data/types.js';
import { cleanup, mount, nextEvent, until } from './helpers.js';

afterEach(cleanup);

const DATA: CooperationDataInput = {
  sectors: [
    { id: 'culture', label: { en: 'Culture', ko: '문화' } },
    { id: 'archives', label: { en: 'Archives only in English' } },
  ],
  links: [
    {
      id: 'irk-gb',
      source: 'RU-IRK',
      target: 'KR-47',
      since: 1996,
      sectors: ['culture', 'archives'],
      note: { ru: 'Заметка только по-русски' },
      activities: [
        { year: 2010, title: { ru: 'Выставка только по-русски' }, sector: 'archives' },
        { year: 2011, sector: 'archives' },
      ],
    },
  ],
};

describe('data text in another language is marked with it', () => {
  it('lang="ko": legend, tooltip and panel mark English and Russian data text, not Korean', async () => {
    const element = mount({ lang: 'ko' }, { data: structuredClone(DATA) });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    const root = element.shadowRoot!;

    const label = (id: string) => root.querySelector(`.sector-toggle[data-sector="${id}"] .label`)!;
    expect(label('archives').textContent).toBe('Archives only in English');
    expect(label('archives').getAttribute('lang')).toBe('en');
    expect(label('culture').textContent).toBe('문화');
    expect(label('culture').hasAttribute('lang')).toBe(false);

    element.hoverTarget('irk-gb', { x: 200, y: 200 });
    await element.updateComplete;
    const tooltipSector = await until(() =>
      [...root.querySelectorAll('[part~="tooltip"] bdi')].find((b) => b.textContent === 'Archives only in English'),
    );
    expect(tooltipSector.getAttribute('lang')).toBe('en');
    element.hoverTarget(null);

    element.select('irk-gb');
    await element.updateComplete;
    const panel = root.querySelector('[part~="panel"]')!;
    const marked = (text: string) => [...panel.querySelectorAll('bdi')].find((b) => b.textContent === text);
    expect(marked('Выставка только по-русски')?.getAttribute('lang')).toBe('ru');
    // The activity's sector beside its title, and an activity named by its sector alone.
    expect(
      [...panel.querySelectorAll('.activities bdi')]
        .filter((b) => b.textContent === 'Archives only in English')
        .map((b) => b.getAttribute('lang')),
    ).toEqual(['en', 'en']);
    expect(marked('Заметка только по-русски')?.getAttribute('lang')).toBe('ru');
  });
});
