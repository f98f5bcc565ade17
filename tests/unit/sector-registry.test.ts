// The sector registry: built-in sectors, declared ones, those links bring, the colors they get
// and the did-you-mean of an unknown one; and many distinct sectors cost no more than their number.
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/data/gazetteer.js';
import { EXTRA_SECTOR_PALETTE } from '../../src/data/sectors.js';
import { validateDataSet } from '../../src/data/validate.js';
import { FieldReader } from '../../src/data/validate/field-readers.js';
import { IssueLog } from '../../src/data/validate/issue-log.js';
import { SectorRegistry } from '../../src/data/validate/sector-registry.js';

function registry(csv = false) {
  const log = new IssueLog(csv ? { rowNumbers: [2, 3, 4] } : {});
  return { log, sectors: new SectorRegistry(log, new FieldReader(log)) };
}

describe('SectorRegistry', () => {
  it('starts with the built-in sectors, and takes declared ones with their labels and colors', () => {
    const { log, sectors } = registry();
    sectors.declare([
      { id: 'youth', label: { en: 'Youth' }, color: '#ABCDEF' },
      { id: 'culture', label: 'Arts' },
      { id: 'health', color: 'red' },
    ]);
    expect(sectors.all.map((s) => [s.id, s.index, s.builtin])).toEqual([
      ['culture', 0, true],
      ['education', 1, true],
      ['economy', 2, true],
      ['tourism', 3, true],
      ['youth', 4, false],
      ['health', 5, false],
    ]);
    expect(sectors.all[0]).toMatchObject({ label: 'Arts', color: '#c94fa2' });
    expect(sectors.all[4]).toMatchObject({ label: { en: 'Youth' }, color: '#abcdef' });
    // The second extra sector without a color of its own takes the palette's second color.
    expect(sectors.all[5]).toMatchObject({ label: 'health', color: EXTRA_SECTOR_PALETTE[1] });
    expect(log.issues).toEqual([
      {
        severity: 'warning',
        code: 'bad-color',
        path: 'sectors[2].color',
        message: '"red" is not a color like "#7a5195"; a color was chosen instead',
      },
    ]);
  });

  it('reads a link\'s sectors without case, each once, "unspecified" when it names none', () => {
    const { log, sectors } = registry();
    expect(sectors.linkSectors(['Culture', 'culture', ' tourism '], 0)).toEqual(['culture', 'tourism']);
    expect(sectors.linkSectors([], 1)).toEqual(['unspecified']);
    expect(sectors.linkSectors(undefined, 1)).toEqual(['unspecified']);
    expect(sectors.all.at(-1)).toMatchObject({ id: 'unspecified', builtin: true });
    expect(log.issues).toEqual([]);
  });

  it('suggests the sector a typo meant, and takes an unknown word as a sector of its own', () => {
    const { log, sectors } = registry();
    expect(sectors.linkSectors(['educaton', 'youthwork'], 0)).toEqual(['educaton', 'youthwork']);
    expect(sectors.linkSectors(['youthwrk'], 1)).toEqual(['youthwrk']);
    const ownSector = 'It is shown as a sector of its own';
    expect(log.issues.map((i) => [i.path, i.message])).toEqual([
      ['links[0].sectors[0]', `sector "educaton" is not declared — did you mean "education"? ${ownSector}`],
      [
        'links[0].sectors[1]',
        'sector "youthwork" is not declared in "sectors"; ' + 'it is shown with an automatic color and its id as label',
      ],
      ['links[1].sectors[0]', `sector "youthwrk" is not declared — did you mean "youthwork"? ${ownSector}`],
    ]);
    expect(sectors.all.slice(4).map((s) => s.color)).toEqual(EXTRA_SECTOR_PALETTE.slice(0, 3));
  });

  it('in CSV reads one cell as the list and takes new words without a warning', () => {
    const { log, sectors } = registry(true);
    expect(sectors.linkSectors('culture;youth|sport, culture', 0)).toEqual(['culture', 'youth', 'sport']);
    expect(sectors.linkSectors('educaton', 1)).toEqual(['educaton']);
    expect(log.issues.map((i) => i.path)).toEqual(['row 3, column "sectors"']);
  });

  it('in JSON reads text as the list with a warning, and reports what is not a sector id', () => {
    const { log, sectors } = registry();
    expect(sectors.linkSectors('culture; tourism', 0)).toEqual(['culture', 'tourism']);
    expect(sectors.linkSectors(['culture', 3], 1)).toEqual(['culture']);
    expect(sectors.linkSectors(7, 2)).toEqual(['unspecified']);
    expect(log.issues.map((i) => [i.path, i.message])).toEqual([
      ['links[0].sectors', '"sectors" is text; read as the list ["culture","tourism"]'],
      ['links[1].sectors[1]', 'sector 3 is not a text id; ignored'],
      ['links[2].sectors', 'expected a list of sector ids; ignored'],
    ]);
  });
});

describe('many distinct sectors', () => {
  const gazetteer = new Gazetteer().add([
    { id: 'AA', name: 'A', lon: 0, lat: 0, kind: 'country', shape: 'country' },
    { id: 'BB', name: 'B', lon: 10, lat: 10, kind: 'country', shape: 'country' },
  ]);
  /** A sector name of its own for each row: six letters, the number scrambled (a bijection mod 26⁶). */
  const word = (i: number) => {
    let n = (i * 48_271 + 12_345) % 26 ** 6;
    let out = '';
    for (let k = 0; k < 6; k++, n = Math.floor(n / 26)) out += String.fromCharCode(97 + (n % 26));
    return out;
  };
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `l${i}`, source: 'AA', target: 'BB', sectors: [word(i)] }));
  const time = (n: number) => {
    const data = { links: links(n) };
    const start = performance.now();
    const { dataset } = validateDataSet(data, { gazetteer });
    const ms = performance.now() - start;
    expect(dataset.sectors).toHaveLength(4 + n);
    return ms;
  };
  /** The fastest of a few runs, the one least disturbed by other work on the machine. */
  const best = (n: number, runs: number) => Math.min(...Array.from({ length: runs }, () => time(n)));

  it('#5: validate in time linear in their number: ten times as many take less than 30 times as long', () => {
    const small = best(2_000, 4);
    const large = best(20_000, 2);
    expect(large / small, `2,000 sectors: ${small.toFixed(0)} ms; 20,000: ${large.toFixed(0)} ms`).toBeLessThan(30);
  });
});
