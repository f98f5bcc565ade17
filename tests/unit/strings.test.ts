import { describe, expect, it, vi } from 'vitest';
import {
  ENGLISH,
  LANGUAGES,
  loadStrings,
  localize,
  localizeIn,
  UI_STRINGS,
  type UiStrings,
} from '../../src/i18n/strings.js';
import { OnDemand } from '../../src/load/on-demand.js';

/** What kind each entry is: a text, a function of numbers, or a table of names. */
const shape = (strings: UiStrings) =>
  Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, typeof value]));

describe('UI strings', () => {
  it('has English at once, the default and fallback', () => {
    expect(UI_STRINGS.en.value).toBe(ENGLISH);
  });

  it.each([
    ['ru', 'Легенда', 'Показано связей: 3 из 12'],
    ['ko', '범례', '관계 12개 중 3개 표시'],
    ['kk', 'Шартты белгілер', '12 байланыстың 3 көрсетілген'],
  ] as const)('loads %s from its own module, in that language and complete', async (lang, legend, shown) => {
    const strings = await loadStrings(lang);
    expect(strings.legend).toBe(legend);
    expect(strings.linksShown('3', '12')).toBe(shown);
    expect(shape(strings)).toEqual(shape(ENGLISH));
    expect(Object.keys(strings.typeNames).sort()).toEqual(Object.keys(ENGLISH.typeNames).sort());
    expect(Object.keys(strings.kindNames).sort()).toEqual(Object.keys(ENGLISH.kindNames).sort());
    // Kept once loaded, so the element renders it without waiting again.
    expect(UI_STRINGS[lang].value).toBe(strings);
  });

  it('says a link under the keyboard cursor with one full stop after "с 2012 г." in Russian', async () => {
    const ru = await loadStrings('ru');
    const facts = `соглашение · планируется · ${ru.yearsSince(2012)}`;
    expect(ru.cursorLink('Свердловская область ↔ Кёнгидо', facts, '1', '1')).toBe(
      'Свердловская область ↔ Кёнгидо: соглашение · планируется · с\u00a02012\u00a0г. Связь 1 из 1',
    );
  });

  it('writes English counts of one in the singular', async () => {
    expect([ENGLISH.searchLinks('1'), ENGLISH.searchLinks('1,204')]).toEqual(['1 link', '1,204 links']);
    expect(ENGLISH.groupLinks('1')).toBe('1 link');
    expect(ENGLISH.searchResults('1')).toBe('1 place found; arrow keys to choose');
    expect(ENGLISH.searchChosen('Busan', '1')).toBe('Busan selected, 1 partner shown');
    const { texts } = await import('../../src/i18n/problems-en.js');
    expect([texts.valuesToCheck('1'), texts.valuesToCheck('3')]).toEqual([
      'All rows shown; 1 value to check',
      'All rows shown; 3 values to check',
    ]);
  });

  it('covers every language the element speaks', () => {
    expect(Object.keys(UI_STRINGS).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('OnDemand', () => {
  it('imports once however many ask, and keeps what came', async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const part = new OnDemand(importer);
    expect(part.value).toBeUndefined();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(b);
    expect(part.value).toBe(a);
    await part.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed import, so the next load tries again', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('strings');
    const part = new OnDemand<string>(importer);
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.value).toBeUndefined();
    await expect(part.load()).resolves.toBe('strings');
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('#15: localize reads own entries only: lang="__proto__" or "constructor" gives the English text', () => {
    const name = { en: 'Irkutsk Oblast', ru: 'Иркутская область' };
    expect(localize(name, '__proto__')).toBe('Irkutsk Oblast');
    expect(localize(name, 'constructor')).toBe('Irkutsk Oblast');
    expect(localize(name, 'toString')).toBe('Irkutsk Oblast');
    expect(localize(name, 'ru-RU')).toBe('Иркутская область');
    expect(localize({ ko: '경상북도' }, 'en')).toBe('경상북도');
  });

  it('localizeIn gives a Kazakh reader the Russian text before the English, and says which it gave', () => {
    const name = { en: 'Irkutsk Oblast', ru: 'Иркутская область' };
    expect(localizeIn(name, 'kk')).toEqual({ text: 'Иркутская область', lang: 'ru' });
    expect(localizeIn({ ...name, kk: 'Иркутск облысы' }, 'kk-KZ')).toEqual({ text: 'Иркутск облысы', lang: 'kk' });
    expect(localizeIn(name, 'ko')).toEqual({ text: 'Irkutsk Oblast', lang: 'en' });
    expect(localizeIn({ ko: '경상북도' }, 'ru')).toEqual({ text: '경상북도', lang: 'ko' });
    // A plain string: the data did not say its language.
    expect(localizeIn('Irkutsk', 'ko')).toEqual({ text: 'Irkutsk', lang: null });
  });
});
