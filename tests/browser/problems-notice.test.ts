// The problems notice, read as the data's author meets it: her spreadsheet saved as CSV by Excel
// (semicolons, a byte order mark, CRLF line ends), ten rows of which four cannot be drawn. The
// element says so on the page, in its language, and opens into the list of rows and what to do.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { cleanup, mount, nextEvent, until } from './helpers.js';

afterEach(cleanup);

/** The officer's file: rows 4, 5, 6 and 7 of the file (its data rows 3–6) cannot be drawn. */
function officersCsv(): string {
  const rows = [
    'source;target;sectors;since;until;status;title',
    'RU-IRK;KR-47;culture;1996;;active;Irkutsk and Gyeongbuk',
    'RU-SVE;KZ-75;economy;2010;;active;Yekaterinburg and Almaty',
    'RU-IRK;KR-4777;culture;2001;;;typo in the code',
    'RU-SVE;RU-SVE;education;2012;;;the same region twice',
    'RU-IRK;KZ-11;education;2018;2015;;years the wrong way round',
    ';KR-41;tourism;2015;;;no source',
    'RU-SVE;KR-41;culture;2005;2019;ended;Sverdlovsk and Gyeonggi',
    'RU-IRK;KZ-39;economy;2000;;suspended;Irkutsk and Kostanay',
    'RU-SVE;KZ-59;tourism;2015;;planned;Sverdlovsk and North Kazakhstan',
    'RU-IRK;KZ-71;education;2019;;active;Irkutsk and Astana',
  ];
  return '\uFEFF' + rows.map((row) => `${row}\r\n`).join('');
}

const csvUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/csv' }));

async function officerMap(attributes: Record<string, string> = {}): Promise<CoopMap> {
  const element = mount({ src: csvUrl(officersCsv()), theme: 'light', ...attributes });
  element.style.width = '1000px';
  element.style.height = '680px';
  const loaded = await nextEvent(element, 'coop-load');
  expect(loaded.detail.links).toBe(6);
  await element.whenIdle();
  return element;
}

const notice = (element: CoopMap) => element.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="problems"]');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The open list, one line per problem: where, what, what to do. */
async function openList(element: CoopMap): Promise<string[]> {
  const details = await until(() => notice(element));
  await userEvent.click(details.querySelector('summary')!);
  await until(() => details.open);
  return [...details.querySelectorAll('.problem')].map(text);
}

describe('the problems notice', () => {
  it('says in English how many rows were left out, and which, and what to do', async () => {
    const element = await officerMap();
    const details = await until(() => notice(element));
    expect(text(details.querySelector('summary'))).toBe('⚠4 of 10 rows not shown');
    expect(text(element.shadowRoot!.querySelector('.legend .summary'))).toBe('6 of 6 links shown · rows left out: 4');
    const list = await openList(element);
    expect(list.slice(0, 4)).toEqual([
      expect.stringMatching(/^Left out · Row 4, column “target” The place “KR-4777” is not known, .*Did you mean “KR-/),
      'Left out · Row 5, column “target” The link goes from “RU-SVE” to the same place. ' +
        'What to do: Check the source and the target of this row.',
      'Left out · Row 6, column “until” The start year 2018 is after the end year 2015. ' +
        'What to do: Swap the two years, or correct one of them.',
      expect.stringMatching(/^Left out · Row 7, column “source” The “source” is empty\. What to do: Fill it in/),
    ]);
    expect(list.every((line) => !/links\[|\bundefined\b/.test(line))).toBe(true);
    await page.screenshot({ path: '../screenshots/problems-en.png' });
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('says it in Russian with lang="ru"', async () => {
    const element = await officerMap({ lang: 'ru' });
    const details = await until(() => notice(element));
    expect(text(details.querySelector('summary'))).toBe('⚠Не показано строк: 4 из 10');
    expect(text(element.shadowRoot!.querySelector('.legend .summary'))).toBe(
      'Показано связей: 6 из 6 · не показано строк: 4',
    );
    const list = await openList(element);
    expect(list[1]).toBe(
      'Пропущено · Строка 5, столбец «target» Связь ведёт из «RU-SVE» в то же место. ' +
        'Что сделать: Проверьте источник и цель в этой строке.',
    );
    expect(list[3]).toMatch(/^Пропущено · Строка 7, столбец «source» Поле «source» не заполнено\./);
    await page.screenshot({ path: '../screenshots/problems-ru.png' });
  });

  it('reads what she wrote (names, her headers, her words, dates) and lists how it was read', async () => {
    const rows = [
      'Источник;Цель;Сферы;since;Untill;Статус',
      'Свердловская область;Gyeonggi;Культура;12.05.2012;2019;завершено',
      'Россия;Republic of Korea;economy;2005;;действует',
      'RU-IRK;Albania;education;May 2012;;',
    ];
    const element = mount({ src: csvUrl('\uFEFF' + rows.join('\r\n') + '\r\n'), lang: 'ru' });
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail.links).toBe(3);
    expect(element.visibleLinks.sort()).toEqual(['RU-IRK~AL', 'RU-SVE~KR-41', 'RU~KR']);
    expect(loaded.detail.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await element.whenIdle();
    const details = await until(() => notice(element));
    expect(text(details.querySelector('summary'))).toMatch(/^⚠Все строки показаны; проверить значений: \d+$/);
    const list = await openList(element);
    expect(list).toContain(
      'Проверьте · Строка 2, столбец «Статус» «завершено» прочитано как «ended». ' +
        'Что сделать: Проверьте, верно ли это. Если написать «ended», это замечание пропадёт.',
    );
    expect(list).toContainEqual(expect.stringMatching(/^Проверьте · Строка 1, столбец «Untill» Столбец «Untill»/));
    expect(list).toContainEqual(
      expect.stringMatching(/Строка 2, столбец «Источник» «Свердловская область» прочитано как «RU-SVE»/),
    );
  });

  it('is not there with hide-problems, nor for a file without problems', async () => {
    const element = await officerMap({ 'hide-problems': '' });
    expect(notice(element)).toBeNull();
    element.hideProblems = false;
    await until(() => notice(element));
    const clean = mount({ src: csvUrl('source,target\nRU-IRK,KR-47\n') });
    await nextEvent(clean, 'coop-load');
    await clean.whenIdle();
    expect(notice(clean)).toBeNull();
    expect(text(clean.shadowRoot!.querySelector('.legend .summary'))).toBe('1 of 1 links shown');
  });
});

describe('the notice beside the table view and a panel', () => {
  it('leaves them below it, not under it', async () => {
    const element = await officerMap({ view: 'table' });
    const root = element.shadowRoot!;
    await until(() => root.querySelector('[part~="table"]'));
    const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
    const below = (a: DOMRect, b: DOMRect) => a.top >= b.bottom - 0.5;
    expect(below(box('[part~="table"]'), box('[part~="problems"]'))).toBe(true);
    element.setAttribute('view', 'map');
    element.select('RU-IRK');
    await until(() => root.querySelector('[part~="panel"]'));
    await element.updateComplete;
    expect(below(box('[part~="panel"]'), box('[part~="problems"]'))).toBe(true);
  });
});
