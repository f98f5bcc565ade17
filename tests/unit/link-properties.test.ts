// A link's own fields live under `properties`: a typo of a documented field is a type error in
// TypeScript, a warning with a did-you-mean from the validator, the element's notice and the
// command line, and old data with its own fields at the top still loads, with them kept.
import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/data/parse.js';
import type { CooperationDataInput, LinkInput } from '../../src/data/types.js';
import { validateDataSet } from '../../src/data/validate.js';
import { texts as en } from '../../src/i18n/problems-en.js';
import { texts as ru } from '../../src/i18n/problems-ru.js';
import { problemWords } from '../../src/i18n/problem-texts.js';
import { run, tempFolder } from './cli-run.js';
import { realGazetteer } from './real-geodata.js';

const gazetteer = realGazetteer();
const validate = (links: unknown[]) => validateDataSet({ links } as CooperationDataInput, { gazetteer });
const unknownFields = (links: unknown[]) => validate(links).issues.filter((i) => i.code === 'unknown-field');

describe('LinkInput', () => {
  it('has no open index signature: a mistyped field does not compile, a field of your own goes in properties', () => {
    // `npm run typecheck` compiles this file: without the errors below, the directives fail it.
    // @ts-expect-error -- "sinc" is not a field of a link
    const typo: LinkInput = { source: 'RU-IRK', target: 'KR-47', sinc: 1996 };
    // @ts-expect-error -- "setcors" is not a field of a link
    const typo2: LinkInput = { source: 'RU-IRK', target: 'KR-47', setcors: ['culture'] };
    const own: LinkInput = { source: 'RU-IRK', target: 'KR-47', since: 1996, properties: { wikidata: 'Q1' } };
    const { dataset } = validate([typo, typo2, own]);
    expect(dataset.links.map((l) => l.properties)).toEqual([{ sinc: 1996, setcors: ['culture'], wikidata: 'Q1' }]);
  });
});

describe('unknown fields of a JSON link', () => {
  it('are reported with the documented field they may mean, and kept in properties', () => {
    const { dataset, issues } = validate([{ source: 'RU-IRK', target: 'KR-47', sinc: 1996, setcors: ['culture'] }]);
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'unknown-field',
        path: 'links[0].sinc',
        message:
          '"sinc" is not a field of a link — did you mean "since"? ' +
          'Until then its value is kept in "properties", where a data set\'s own fields belong',
        params: { value: 'sinc', suggestion: 'since' },
      },
      expect.objectContaining({ path: 'links[0].setcors', params: { value: 'setcors', suggestion: 'sectors' } }),
    ]);
    expect(dataset.links[0]!.since).toBeNull();
    expect(dataset.links[0]!.properties).toEqual({ sinc: 1996, setcors: ['culture'] });
  });

  it('keep old data with its own fields at the top working: each name said once, kept on every link', () => {
    const links = [
      { source: 'RU-IRK', target: 'KR-47', wikidata: 'Q1' },
      { source: 'RU-SVE', target: 'KR-41', wikidata: 'Q2', 'local id': 7 },
    ];
    const { dataset, issues } = validate(links);
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        'links[0].wikidata',
        '"wikidata" is not a field of a link; its value is kept in "properties", where a data set\'s own fields belong',
      ],
      ['links[1]["local id"]', expect.stringContaining('"local id" is not a field of a link')],
    ]);
    expect(dataset.links.map((l) => l.properties)).toEqual([{ wikidata: 'Q1' }, { wikidata: 'Q2', 'local id': 7 }]);
  });

  it('are reported on a row that is dropped, where the typo is the reason', () => {
    const { dataset, issues } = validate([{ source: 'RU-IRK', targt: 'KR-47' }]);
    expect(dataset.links).toEqual([]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-field', 'links[0].targt'],
      ['missing-field', 'links[0].target'],
    ]);
    expect(issues[0]!.params).toEqual({ value: 'targt', suggestion: 'target' });
  });

  it('leave the declared properties alone, which win over a field of the same name outside them', () => {
    const declared = { source: 'RU-IRK', target: 'KR-47', properties: { budget: 10, __proto__: null } };
    expect(validate([declared]).issues).toEqual([]);
    expect(validate([declared]).dataset.links[0]!.properties).toEqual({ budget: 10 });
    const both = validate([{ source: 'RU-IRK', target: 'KR-47', budget: 1, properties: { budget: 2 } }]);
    expect(both.dataset.links[0]!.properties).toEqual({ budget: 2 });
    expect(both.issues.map((i) => i.code)).toEqual(['unknown-field']);
  });

  it('say so when properties is not an object, and keep the link', () => {
    const { dataset, issues } = validate([{ source: 'RU-IRK', target: 'KR-47', properties: 'budget 10' }]);
    expect(dataset.links).toHaveLength(1);
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([['warning', 'wrong-type', 'links[0].properties']]);
  });

  it('come from JSON only: a CSV file has its other columns under properties, reported once with the header', () => {
    const parsed = parseDataText('source,target,Untill,budget\nRU-IRK,KR-47,2020,10\n');
    expect(parsed.data!.links).toEqual([
      { source: 'RU-IRK', target: 'KR-47', properties: { Untill: '2020', budget: '10' } },
    ]);
    expect(parsed.issues.map((i) => i.code)).toEqual(['column-near']);
    const { rowNumbers, columnLabels } = parsed;
    const { dataset, issues } = validateDataSet(parsed.data!, { gazetteer, rowNumbers, columnLabels });
    expect(issues).toEqual([]);
    expect(dataset.links[0]!.properties).toEqual({ Untill: '2020', budget: '10' });
  });

  it("are said in the element's notice with what to do", () => {
    const [issue] = unknownFields([{ source: 'RU-IRK', target: 'KR-47', sinc: 1996 }]);
    expect(problemWords(issue!, en)).toEqual([
      'The field “sinc” is not one the map knows; its values are kept but not drawn.',
      'Did you mean “since”? Write it so.',
    ]);
    expect(problemWords(issue!, ru)[1]).toBe('Возможно, имелось в виду «since»? Напишите так.');
    const [own] = unknownFields([{ source: 'RU-IRK', target: 'KR-47', wikidata: 'Q1' }]);
    expect(problemWords(own!, en)[1]).toBe('If it is a field of your own, put it in the link’s “properties”.');
  });
});

describe('coop-map validate', () => {
  const { file } = tempFolder('coop-map-fields-');

  it('prints the unknown field with its did-you-mean, as a warning (exit 0)', async () => {
    const path = file('typo.json', JSON.stringify({ links: [{ source: 'RU-IRK', target: 'KR-47', sinc: 1996 }] }));
    const { status, stdout } = await run(['validate', path]);
    expect(stdout).toContain('link fields the format does not name (kept in "properties")');
    expect(stdout).toContain('links[0].sinc: "sinc" is not a field of a link — did you mean "since"?');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 link read → 1 link kept, 2 places; 0 errors, 1 warning');
    expect(status).toBe(0);
    const { stdout: russian } = await run(['validate', path, '--lang', 'ru']);
    expect(russian).toContain('Поле «sinc» карте неизвестно');
  });
});
