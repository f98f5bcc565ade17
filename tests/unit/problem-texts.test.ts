// Every language says every kind of problem, from its params, without a placeholder left over.
import { describe, expect, it } from 'vitest';
import type { DataIssue, IssueCode } from '../../src/data/types.js';
import { texts as en } from '../../src/i18n/problems-en.js';
import { texts as kk } from '../../src/i18n/problems-kk.js';
import { texts as ko } from '../../src/i18n/problems-ko.js';
import { texts as ru } from '../../src/i18n/problems-ru.js';
import { ENGLISH } from '../../src/i18n/strings.js';
import { problemPlace, problemWords } from '../../src/i18n/problem-texts.js';
import { problemsSummary } from '../../src/ui/problems.js';

const LANGUAGES = { en, ru, ko, kk };
const PARAMS = { value: 'X1', field: 'since', suggestion: 'S1', read: 'R1', first: 'row 3', since: 2018, until: 2015 };

describe('problem texts', () => {
  it.each(Object.entries(LANGUAGES))('%s says each code with its values', (_, texts) => {
    expect(Object.keys(texts.what).sort()).toEqual(Object.keys(en.what).sort());
    expect(Object.keys(texts.todo).sort()).toEqual(Object.keys(en.todo).sort());
    for (const code of Object.keys(en.what) as IssueCode[]) {
      const [what, todo] = problemWords(
        { severity: 'error', code, path: '', message: '', params: PARAMS },
        texts,
        ENGLISH.statusNames,
      );
      expect(what, code).not.toMatch(/undefined|\$\{|^\s*$/);
      expect(todo, code).not.toMatch(/undefined|\$\{|^\s*$/);
    }
  });

  it('names rows, columns and JSON links in words', () => {
    expect(problemPlace('row 12, column "Цель"', ru, 'ru')).toBe('Строка 12, столбец «Цель»');
    expect(problemPlace('row 3', en, 'en')).toBe('Row 3');
    expect(problemPlace('links[3].target', en, 'en')).toBe('Link 4, “target”');
    expect(problemPlace('', kk, 'kk')).toBe('Бүкіл файл');
    expect(problemPlace('sectors[0].color', en, 'en')).toBe('sectors[0].color');
  });

  it('says a status in the element’s own word, and an issue without code in its message', () => {
    const issue: DataIssue = {
      severity: 'warning',
      code: 'unknown-status',
      path: '',
      message: '',
      params: { value: 'x', read: 'active' },
    };
    expect(problemWords(issue, ru, { active: 'действует' })[0]).toBe(
      'Статус «x» неизвестен; связь показана как «действует».',
    );
    expect(problemWords({ severity: 'error', path: 'p', message: 'from elsewhere' }, ru, ENGLISH.statusNames)).toEqual([
      'from elsewhere',
      '',
    ]);
  });

  it('sums up rows left out, or values to check when every row shows', () => {
    const base = { entries: 10, json: false, issues: [], texts: en, lang: 'en' };
    expect(problemsSummary({ ...base, leftOut: 4 })).toBe('4 of 10 rows not shown');
    expect(problemsSummary({ ...base, leftOut: 4, json: true })).toBe('4 of 10 links not shown');
    expect(problemsSummary({ ...base, leftOut: 0, issues: [{} as DataIssue, {} as DataIssue] })).toBe(
      'All rows shown; 2 values to check',
    );
  });
});
