// Checks the committed outputs of geodata/build.mjs: the bundled region shapes the element falls
// back on (admin1/XX.json per country, admin1/index.json, countries.json, aliases.json). They are
// read as shipped (no rebuild), so a broken or stale build fails here. The limits are the build's
// own (geodata/build/limits.mjs), so the two cannot drift apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { iso31661, iso31662 } from 'iso-3166';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readAdmin1Index } from '../../src/data/admin1-index.js';
import { ADMIN1_COUNTRIES, builtAdmin1Url } from '../../src/load/geodata-admin1-files.js';
import { runPipeline } from '../../src/load/pipeline.js';
import {
  ADMIN1_COUNTRY_MAX_BYTES,
  ADMIN1_INDEX_MAX_BYTES,
  ADMIN1_MAX_BYTES,
  ALIAS_CODE_SHAPE,
  COUNTRIES_MAX_BYTES,
  COUNTRY_CODE_EXCEPTIONS,
  LABEL_DECIMALS,
  LANGS,
  REQUIRED_REGIONS,
  REQUIRED_UPPER_REGIONS,
} from '../../geodata/build/limits.mjs';
import { GEODATA_BASE, loadText } from './real-geodata.js';

const ADMIN1_DIR = new URL('../../geodata/admin1/', import.meta.url);
const INDEX_URL = new URL('index.json', ADMIN1_DIR);
const COUNTRIES_URL = new URL('../../geodata/countries.json', import.meta.url);
const ALIASES_URL = new URL('../../geodata/aliases.json', import.meta.url);

interface RegionProperties {
  name: Partial<Record<(typeof LANGS)[number], string>>;
  country: string;
  label: [number, number];
  parent?: string;
}
interface CountryProperties {
  name: Partial<Record<(typeof LANGS)[number], string>>;
  label: [number, number];
}

/** A box the label point of each required region must fall in: [lonMin, lonMax, latMin, latMax]. */
const LABEL_BOXES: Record<string, [number, number, number, number]> = {
  'RU-IRK': [95, 120, 50, 65],
  'RU-SVE': [57, 67, 56, 62],
  'KR-47': [127.5, 130, 35.5, 37.5],
  'KR-41': [126.3, 127.9, 36.8, 38.3],
  'KZ-11': [66, 75, 50, 54],
  'KZ-19': [73, 83, 42, 47],
  'KZ-39': [60, 67, 49, 54.5],
  'KZ-59': [65, 73, 53, 55.5],
  'KZ-71': [71, 72, 50.9, 51.4],
  'KZ-75': [76.7, 77.2, 43.1, 43.45],
};

/** The old Kazakh letter codes (ISO 3166-2:KZ before 2020) users still write. */
const KAZAKH_LETTER_CODES: Record<string, string> = {
  'KZ-AKM': 'KZ-11',
  'KZ-AKT': 'KZ-15',
  'KZ-ALM': 'KZ-19',
  'KZ-ALA': 'KZ-75',
  'KZ-AST': 'KZ-71',
  'KZ-ATY': 'KZ-23',
  'KZ-ZAP': 'KZ-27',
  'KZ-ZHA': 'KZ-31',
  'KZ-KAR': 'KZ-35',
  'KZ-KUS': 'KZ-39',
  'KZ-KZY': 'KZ-43',
  'KZ-MAN': 'KZ-47',
  'KZ-PAV': 'KZ-55',
  'KZ-SEV': 'KZ-59',
  'KZ-YUZ': 'KZ-61',
  'KZ-VOS': 'KZ-63',
};

function readTopology(url: URL): Topology {
  return JSON.parse(readFileSync(url, 'utf8')) as Topology;
}

function features<P>(topology: Topology, name: string): Array<Feature<Geometry, P>> {
  const object = topology.objects[name];
  if (!object) throw new Error(`no object "${name}" in topology`);
  return (feature(topology, object) as FeatureCollection<Geometry, P>).features;
}

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Even-odd rule over all rings, so a hole (a city cut out of its region) excludes the point. */
function contains(geometry: Geometry, [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (const ring of rings(geometry)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function decimals(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

const currentSubdivisions = new Set(iso31662.map((s) => s.code));
const alpha2 = new Set(iso31661.map((c) => c.alpha2));

/** Each country's file, by its country code. */
const countryFiles = new Map(
  readdirSync(ADMIN1_DIR)
    .filter((file) => file !== 'index.json')
    .map((file) => [file.replace(/\.json$/, ''), readTopology(new URL(file, ADMIN1_DIR))]),
);
const regions = [...countryFiles.values()].flatMap((t) => features<RegionProperties>(t, 'regions'));
const regionById = new Map(regions.map((r) => [String(r.id), r]));
const indexJson = JSON.parse(readFileSync(INDEX_URL, 'utf8')) as { codes: string[]; bbox: number[] };
const index = readAdmin1Index(indexJson);

const countriesTopology = readTopology(COUNTRIES_URL);
const countries = features<CountryProperties>(countriesTopology, 'countries');

const aliases = JSON.parse(readFileSync(ALIASES_URL, 'utf8')) as Record<string, string>;

function region(id: string): Feature<Geometry, RegionProperties> {
  const found = regionById.get(id);
  if (!found) throw new Error(`region ${id} missing from geodata/admin1/`);
  return found;
}

describe('geodata/admin1/XX.json', () => {
  it(`is one TopoJSON file per country, each one object "regions" of that country's regions`, () => {
    expect(countryFiles.size).toBeGreaterThan(150);
    let total = 0;
    for (const [country, topology] of countryFiles) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(alpha2.has(country)).toBe(true);
      expect(Object.keys(topology.objects)).toEqual(['regions']);
      const own = features<RegionProperties>(topology, 'regions');
      expect(own.length).toBeGreaterThan(0);
      expect(own.filter((r) => r.properties.country !== country).map((r) => r.id)).toEqual([]);
      // Only the arcs its regions use: every arc is named by some geometry.
      const arcIndexes = JSON.stringify(
        (topology.objects.regions as { geometries: { arcs?: unknown }[] }).geometries.map((g) => g.arcs ?? []),
      );
      const used = new Set(
        arcIndexes
          .match(/-?\d+/g)!
          .map(Number)
          .map((i) => (i < 0 ? ~i : i)),
      );
      for (let i = 0; i < topology.arcs.length; i++) if (!used.has(i)) throw new Error(`${country}: arc ${i} unused`);
      const size = statSync(new URL(`${country}.json`, ADMIN1_DIR)).size;
      expect(size).toBeLessThan(ADMIN1_COUNTRY_MAX_BYTES);
      total += size;
    }
    expect(total).toBeLessThan(ADMIN1_MAX_BYTES);
  });

  it('is listed, each with its literal URL, in src/load/geodata-admin1-files.ts (written by the same build)', () => {
    expect([...ADMIN1_COUNTRIES]).toEqual([...countryFiles.keys()].sort());
    for (const country of ADMIN1_COUNTRIES) expect(builtAdmin1Url(country)).toMatch(`/geodata/admin1/${country}.json`);
    expect(builtAdmin1Url('XX')).toBeNull();
    expect(builtAdmin1Url('constructor')).toBeNull();
  });

  it('holds the regions of the world, not a sample', () => {
    expect(regions.length).toBeGreaterThan(3500);
    const perCountry = (c: string) => regions.filter((r) => r.properties.country === c).length;
    expect(perCountry('RU')).toBeGreaterThanOrEqual(80);
    expect(perCountry('KR')).toBe(17);
    expect(perCountry('KZ')).toBeGreaterThanOrEqual(16);
    expect(new Set(regions.map((r) => r.properties.country)).size).toBeGreaterThan(150);
  });

  it('keys every region by a unique, current ISO 3166-2 code', () => {
    const ids = regions.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const notCurrent = ids.filter((id) => typeof id !== 'string' || !currentSubdivisions.has(id));
    expect(notCurrent).toEqual([]);
  });

  it('gives every region an English name, its country and a label point inside its own shape', () => {
    const problems: string[] = [];
    for (const r of regions) {
      const id = String(r.id);
      const { name, country, label } = r.properties;
      if (typeof name?.en !== 'string' || !name.en.trim()) problems.push(`${id}: no name.en`);
      for (const [lang, value] of Object.entries(name ?? {})) {
        if (!(LANGS as readonly string[]).includes(lang) || typeof value !== 'string' || !value.trim())
          problems.push(`${id}: bad name.${lang}`);
      }
      if (country !== id.split('-')[0] || !alpha2.has(country)) problems.push(`${id}: country ${country}`);
      const [lon, lat] = label ?? [];
      if (!(typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
        problems.push(`${id}: label ${JSON.stringify(label)}`);
        continue;
      }
      if (decimals(lon) > LABEL_DECIMALS || decimals(lat) > LABEL_DECIMALS) problems.push(`${id}: label not rounded`);
      if (!contains(r.geometry, [lon, lat])) problems.push(`${id}: label ${lon},${lat} outside its shape`);
    }
    expect(problems).toEqual([]);
  });

  it.each(REQUIRED_REGIONS)('has %s with English and Russian names and a plausible label', (id) => {
    const { name, label } = region(id).properties;
    expect(name.en).toBeTruthy();
    expect(name.ru).toMatch(/[а-яё]/i);
    const box = LABEL_BOXES[id];
    if (!box) throw new Error(`no label box for the required region ${id}: add one to LABEL_BOXES`);
    const [lonMin, lonMax, latMin, latMax] = box;
    expect(label[0]).toBeGreaterThanOrEqual(lonMin);
    expect(label[0]).toBeLessThanOrEqual(lonMax);
    expect(label[1]).toBeGreaterThanOrEqual(latMin);
    expect(label[1]).toBeLessThanOrEqual(latMax);
  });

  it('keeps Almaty city (KZ-75) apart from Almaty region (KZ-19), and Astana apart from Akmola', () => {
    const city = region('KZ-75');
    const oblast = region('KZ-19');
    expect(city.properties.name.en).not.toBe(oblast.properties.name.en);
    expect(contains(oblast.geometry, city.properties.label)).toBe(false);
    expect(contains(city.geometry, oblast.properties.label)).toBe(false);
    expect(contains(region('KZ-11').geometry, region('KZ-71').properties.label)).toBe(false);
  });

  it('names every Kazakh region in Kazakh and Astana by its current name', () => {
    const kazakh = regions.filter((r) => r.properties.country === 'KZ');
    expect(kazakh.filter((r) => !/[әғқңөұүһі]|[а-я]/i.test(r.properties.name.kk ?? '')).map((r) => r.id)).toEqual([]);
    expect(region('KZ-71').properties.name).toMatchObject({ en: 'Astana', ru: 'Астана' });
  });
});

describe('geodata/countries.json', () => {
  it(`is one TopoJSON object named "countries" under ${COUNTRIES_MAX_BYTES} bytes`, () => {
    expect(Object.keys(countriesTopology.objects)).toEqual(['countries']);
    expect(statSync(COUNTRIES_URL).size).toBeLessThan(COUNTRIES_MAX_BYTES);
  });

  it('keys every country by a unique ISO 3166-1 alpha-2 code (or a documented exception)', () => {
    const ids = countries.map((c) => String(c.id));
    expect(ids.length).toBeGreaterThan(200);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !alpha2.has(id) && !COUNTRY_CODE_EXCEPTIONS.includes(id))).toEqual([]);
    expect(COUNTRY_CODE_EXCEPTIONS).toEqual(['XK']); // Kosovo, documented in geodata/README.md
    for (const id of ['RU', 'KR', 'KZ', 'CN', 'US']) expect(ids).toContain(id);
  });

  it('names every country in all six languages and labels it inside its shape', () => {
    const problems: string[] = [];
    for (const c of countries) {
      const { name, label } = c.properties;
      const missing = LANGS.filter((lang) => typeof name?.[lang] !== 'string' || !name[lang]?.trim());
      if (missing.length) problems.push(`${c.id}: no name.${missing.join(',')}`);
      if (!Array.isArray(label) || !contains(c.geometry, label))
        problems.push(`${c.id}: label ${JSON.stringify(label)}`);
    }
    expect(problems).toEqual([]);
    expect(countries.find((c) => c.id === 'KZ')?.properties.name.kk).toBe('Қазақстан');
  });
});

describe('geodata/admin1/index.json', () => {
  it(`lists every region of the country files, once, under ${ADMIN1_INDEX_MAX_BYTES} bytes`, () => {
    expect(statSync(INDEX_URL).size).toBeLessThan(ADMIN1_INDEX_MAX_BYTES);
    expect(indexJson.codes).toEqual([...regionById.keys()].sort());
    expect(new Set(index.countries)).toEqual(new Set(countryFiles.keys()));
  });

  it('gives each region the names, label point and parent of its file, and a bounding box that holds its shape', () => {
    const problems: string[] = [];
    for (const place of index.places) {
      const r = region(place.id);
      if (JSON.stringify(place.name) !== JSON.stringify(r.properties.name)) problems.push(`${place.id}: names`);
      if (place.lon !== r.properties.label[0] || place.lat !== r.properties.label[1])
        problems.push(`${place.id}: label`);
      if (index.parent.get(place.id) !== r.properties.parent) problems.push(`${place.id}: parent`);
      const [w, s, e, n] = index.bbox.get(place.id)!;
      if (!(w <= e && s <= n)) problems.push(`${place.id}: bbox ${w},${s},${e},${n}`);
      for (const ring of rings(r.geometry))
        for (const [x = 0, y = 0] of ring)
          if (x < w || x > e || y < s || y > n) problems.push(`${place.id}: ${x},${y}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('the upper level (French and Italian regions, Spanish communities, British nations)', () => {
  const children = (upper: string) => regions.filter((r) => r.properties.parent === upper);

  it.each(REQUIRED_UPPER_REGIONS)('has %s: a current code, named, drawn, holding its lower regions', (id) => {
    const upper = region(id);
    expect(currentSubdivisions.has(id)).toBe(true);
    expect(upper.properties.name.en).toBeTruthy();
    expect(rings(upper.geometry).length).toBeGreaterThan(0);
    expect(contains(upper.geometry, upper.properties.label)).toBe(true);
    const lower = children(id);
    expect(lower.length).toBeGreaterThan(0);
    // Each lower region's label point lies in its upper region, and in no other of the country.
    for (const r of lower) expect(contains(upper.geometry, r.properties.label)).toBe(true);
    const others = regions.filter(
      (r) => r.properties.country === id.slice(0, 2) && r.id !== id && !r.properties.parent,
    );
    for (const other of others) {
      if (children(String(other.id)).length === 0) continue;
      for (const r of lower) expect(contains(other.geometry, r.properties.label)).toBe(false);
    }
  });

  it('puts the lower regions in the upper ones ISO 3166-2 gives them', () => {
    const parentOf = (id: string) => region(id).properties.parent;
    expect(parentOf('FR-75C')).toBe('FR-IDF');
    expect(parentOf('FR-69')).toBe('FR-ARA');
    expect(parentOf('FR-67')).toBe('FR-6AE'); // Bas-Rhin in Alsace, in Grand Est
    expect(parentOf('FR-6AE')).toBe('FR-GES');
    expect(parentOf('IT-MI')).toBe('IT-25');
    expect(parentOf('ES-B')).toBe('ES-CT');
    expect(parentOf('ES-M')).toBe('ES-MD');
    expect(parentOf('GB-KEN')).toBe('GB-ENG');
    expect(parentOf('GB-EDH')).toBe('GB-SCT');
    expect(parentOf('GB-CRF')).toBe('GB-WLS');
    expect(parentOf('GB-BFS')).toBe('GB-NIR');
    expect(region('GB-SCT').properties.name).toMatchObject({ en: 'Scotland', ru: 'Шотландия', ko: '스코틀랜드' });
    expect(region('IT-25').properties.name.en).toBe('Lombardy');
    expect(region('ES-CT').properties.name.en).toBe('Catalonia');
    expect(region('FR-IDF').properties.name.en).toBe('Île-de-France');
  });

  it('resolves the upper and lower codes in a data set and gives each its shape', async () => {
    const codes = [...REQUIRED_UPPER_REGIONS, 'FR-75C', 'IT-MI', 'ES-B', 'GB-KEN'];
    const links = codes.map((code, i) => ({ id: `l${i}`, source: code, target: 'RU-IRK' }));
    const { dataset, shapes, issues } = await runPipeline({ data: { links }, geodataBase: GEODATA_BASE, loadText });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const code of codes) {
      const place = dataset.places.find((p) => p.id === code);
      expect(place?.shape, code).toBe('admin1');
      expect(shapes.get(place!.index)?.type, code).toMatch(/Polygon/);
    }
  });
});

describe('geodata/aliases.json', () => {
  it('points every alias at a region in geodata/admin1/, from a code that is not itself current', () => {
    const entries = Object.entries(aliases);
    expect(entries.length).toBeGreaterThan(50);
    expect(entries.filter(([, to]) => !regionById.has(to))).toEqual([]);
    expect(entries.filter(([from]) => currentSubdivisions.has(from) || !ALIAS_CODE_SHAPE.test(from))).toEqual([]);
  });

  it('maps the old Kazakh letter codes to the numeric ones', () => {
    expect(aliases).toMatchObject(KAZAKH_LETTER_CODES);
  });
});

describe('shapes on a flat map', () => {
  /** An edge this wide in longitude is not a coastline: it is a ring that crossed the antimeridian. */
  const MAX_EDGE_LONGITUDE = 30;

  it.each([
    ['admin1/XX.json', () => regions],
    ['countries.json', () => features<CountryProperties>(readTopology(COUNTRIES_URL), 'countries')],
  ])('%s has no edge across the antimeridian (Russia, Fiji and Antarctica are cut at ±180°)', (_name, read) => {
    const wide: string[] = [];
    for (const f of read()) {
      for (const ring of rings(f.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > MAX_EDGE_LONGITUDE) wide.push(String(f.id));
        }
      }
      for (const ring of rings(f.geometry)) for (const [lon] of ring) expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
    }
    expect([...new Set(wide)]).toEqual([]);
  });

  it('keeps Chukotka in Russia on both sides of the antimeridian', () => {
    const russia = features<CountryProperties>(readTopology(COUNTRIES_URL), 'countries').find((f) => f.id === 'RU')!;
    expect(contains(russia.geometry, [175, 66])).toBe(true);
    expect(contains(russia.geometry, [-175, 66.5])).toBe(true);
    expect(contains(russia.geometry, [100, 72])).toBe(true); // the Taymyr peninsula, lost before the cut
  });
});

describe('readAdmin1Index', () => {
  it('refuses what is not an index, naming the file and what is wrong', () => {
    expect(() => readAdmin1Index({ type: 'Topology' }, 'x.json')).toThrow(
      'x.json: not a region index (no "codes" list)',
    );
    expect(() => readAdmin1Index({ codes: ['AA-1'], label: [1], bbox: [0, 0, 1, 1] })).toThrow(/"label"/);
    expect(() => readAdmin1Index({ codes: ['AA-1'], label: [1, 2], bbox: [0, 0, 1] })).toThrow(/"bbox"/);
  });

  it('reads a region without an English name under its code, and its country from the code', () => {
    const read = readAdmin1Index({ codes: ['AA-1'], label: [1, 2], bbox: [0, 0, 3, 4], names: { ru: ['Аа'] } });
    expect(read.places).toEqual([{ id: 'AA-1', name: 'AA-1', lon: 1, lat: 2, kind: 'region', shape: 'admin1' }]);
    expect([...read.countries]).toEqual(['AA']);
  });
});
