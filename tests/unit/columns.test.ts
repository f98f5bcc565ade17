// The link columns of the format, listed once in src/data/columns.ts for the CSV reader, the
// validator and the CSV export; an exported file loads back through the reader as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, EXPORT_COLUMNS, LINK_COLUMNS, LINK_FIELD_NAMES } from '../../src/data/columns.js';
import type { Link, Place } from '../../src/data/model.js';
import { parseDataText } from '../../src/data/parse.js';
import type { CooperationDataInput } from '../../src/data/types.js';
import { validateDataSet } from '../../src/data/validate.js';
import { localize } from '../../src/i18n/strings.js';
import { linksToCsv } from '../../src/ui/export.js';
import { realGazetteer } from './real-geodata.js';

const SEED = JSON.parse(readFileSync(new URL('../../data/seed.json', import.meta.url), 'utf8')) as CooperationDataInput;
const SCHEMA = JSON.parse(readFileSync(new URL('../../schema/coop-map.schema.json', import.meta.url), 'utf8')) as {
  $defs: { link: { properties: Record<string, unknown> } };
};

describe('the column table', () => {
  it("lists the documented CSV columns in the documentation's order", () => {
    expect(CSV_COLUMNS).toEqual([
      'id',
      'source',
      'target',
      'sectors',
      'since',
      'until',
      'status',
      'type',
      'weight',
      'title',
      'url',
      'source_name',
      'target_name',
      'source_lon',
      'source_lat',
      'target_lon',
      'target_lat',
      'source_country',
      'target_country',
      'note',
    ]);
  });

  it('gives the export its own order, of CSV columns only, each place taken once', () => {
    expect(EXPORT_COLUMNS).toEqual([
      'id',
      'source',
      'target',
      'source_name',
      'target_name',
      'type',
      'status',
      'since',
      'until',
      'sectors',
      'weight',
      'title',
      'url',
      'source_lon',
      'source_lat',
      'target_lon',
      'target_lat',
    ]);
    const places = LINK_COLUMNS.flatMap((c) => ('exportAt' in c ? [c.exportAt] : [])).sort((a, b) => a - b);
    expect(places).toEqual(EXPORT_COLUMNS.map((_, i) => i));
    for (const column of EXPORT_COLUMNS) expect(CSV_COLUMNS).toContain(column);
  });

  it('knows every link field of the JSON schema, and the lists only JSON can hold', () => {
    expect(Object.keys(SCHEMA.$defs.link.properties).sort()).toEqual([...LINK_FIELD_NAMES].sort());
    const csv = new Set<string>(CSV_COLUMNS);
    expect([...LINK_FIELD_NAMES].filter((name) => !csv.has(name))).toEqual(['activities', 'sources', 'properties']);
  });
});

describe('the CSV export', () => {
  it('loads back through the reader: every column documented, every link as it was', () => {
    const gazetteer = realGazetteer();
    const { dataset } = validateDataSet(SEED, { gazetteer });
    const csv = linksToCsv(dataset, dataset.links, 'en');
    const parsed = parseDataText(csv);
    expect(parsed.format).toBe('csv');
    expect(parsed.issues).toEqual([]);
    expect(Object.keys(parsed.columnLabels!)).toEqual(EXPORT_COLUMNS);
    const { rowNumbers, columnLabels } = parsed;
    const back = validateDataSet(parsed.data!, { gazetteer, rowNumbers, columnLabels });
    expect(back.issues).toEqual([]);
    const summary = (links: Link[], title: (t: Link['title']) => unknown) =>
      links.map((l) => ({
        id: l.id,
        source: l.source,
        target: l.target,
        type: l.type,
        status: l.status,
        since: l.since,
        until: l.until,
        sectors: l.sectors,
        weight: l.weight,
        title: title(l.title),
        url: l.sources.find((s) => s.url)?.url,
        properties: l.properties,
      }));
    expect(summary(back.dataset.links, (t) => t)).toEqual(summary(dataset.links, (t) => localize(t, 'en') || null));
    const placeAt = (p: Place) => [p.id, p.lon, p.lat];
    expect(back.dataset.places.map(placeAt).sort()).toEqual(dataset.places.map(placeAt).sort());
  });
});
