// A mistyped field of a JSON link, as its author meets it in the element: the link is drawn, and
// the problems notice names the field and the one it may mean, in the element's language.
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CooperationDataInput } from '../../src/data/types.js';
import { cleanup, mount, nextEvent, until } from './helpers.js';

afterEach(cleanup);

// Written as JSON is, without the type: `sinc` would not compile as a LinkInput.
const DATA = JSON.parse(
  JSON.stringify({
    links: [
      { source: 'RU-IRK', target: 'KR-47', sectors: ['culture'], sinc: 1996 },
      { source: 'RU-SVE', target: 'KZ-75', sectors: ['economy'], since: 2010, properties: { budget: 3 } },
    ],
  }),
) as CooperationDataInput;

it.each([
  ['en', 'Check · Link 1, “sinc” The field “sinc” is not one the map knows; its values are kept but not drawn.'],
  ['ru', 'Проверьте · Связь 1, «sinc» Поле «sinc» карте неизвестно; его значения сохранены, но не показаны.'],
])('the problems notice names an unknown field and the one it may mean (%s)', async (lang, line) => {
  const element = mount({ lang, theme: 'light' }, { data: DATA });
  const loaded = await nextEvent(element, 'coop-load');
  expect(loaded.detail.links).toBe(2);
  expect(loaded.detail.issues.map((i) => [i.code, i.path])).toEqual([['unknown-field', 'links[0].sinc']]);
  await element.whenIdle();
  const details = await until(() => element.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="problems"]'));
  await userEvent.click(details.querySelector('summary')!);
  await until(() => details.open);
  const items = [...details.querySelectorAll('.problem')].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim());
  expect(items).toHaveLength(1);
  expect(items[0]).toContain(line);
  expect(items[0]).toMatch(lang === 'en' ? /Did you mean “since”\?/ : /имелось в виду «since»\?/);
  await page.screenshot({ path: `../screenshots/unknown-field-${lang}.png` });
});
