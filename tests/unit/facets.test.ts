// `types` and `countries`: the rule on the CPU, the filter index, the instance floats under the
// shader's uniforms and link mask, and grouping all show the same links; places get countries
// from their codes, a country column or (once found) the country shapes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataSet } from '../../src/data/validate.js';
import type { Place } from '../../src/data/model.js';
import { DataView } from '../../src/filters/data-view.js';
import { linkMask, needsShapes, placeCountry, setPlaceCountries, typesOf } from '../../src/filters/facets.js';
import { FilterIndex } from '../../src/filters/filter-index.js';
import { isLinkVisible, parseCountries, visibleLinks, type FilterState } from '../../src/filters/filters.js';
import { readUrlState, writeUrlState } from '../../src/filters/url-state.js';
import { arcFilter } from '../../src/filters/visibility.js';
import { buildArcBuffers, INSTANCE_FLOATS, instanceShown } from '../../src/geometry/arcs.js';
import { filterChangeEvent } from '../../src/events.js';
import { AttributeChecker } from '../../src/attributes.js';
import { link, state as baseState } from './filter-arbitraries.js';
import { realGazetteer } from './real-geodata.js';

const TYPES = ['twinned', 'agreement', 'forum'];
const COUNTRIES = ['KR', 'RU', 'KZ', 'JP'];
// Places by code (a region, a country) and by coordinates only (its country found later).
const PLACES = [
  { id: 'KR-11', lon: 127, lat: 37.5 },
  { id: 'RU', lon: 100, lat: 60 },
  { id: 'KZ-AKM', lon: 70, lat: 51 },
  { id: 'Sapporo', lon: 141.35, lat: 43.06 },
];

const typedLink = fc.record({ base: link, type: fc.constantFrom(...TYPES), ends: fc.tuple(fc.nat(3), fc.nat(3)) });
const state: fc.Arbitrary<FilterState> = fc
  .record({
    base: baseState,
    types: fc.option(
      fc.subarray(TYPES).map((list) => new Set(list)),
      { nil: null },
    ),
    countries: fc.option(
      fc.subarray(COUNTRIES).map((list) => new Set(list)),
      { nil: null },
    ),
  })
  .map(({ base, types, countries }) => ({ ...base, types, countries }));

type TypedLink = typeof typedLink extends fc.Arbitrary<infer L> ? L : never;

function dataSet(links: TypedLink[]) {
  return validateDataSet({
    places: PLACES,
    links: links
      .filter((l) => l.ends[0] !== l.ends[1])
      .map((l, i) => ({
        id: `l${i}`,
        source: PLACES[l.ends[0]]!.id,
        target: PLACES[l.ends[1]]!.id,
        type: l.type,
        sectors: l.base.sectors,
        status: l.base.status,
        since: l.base.since !== null && l.base.until !== null ? Math.min(l.base.since, l.base.until) : l.base.since,
        until: l.base.since !== null && l.base.until !== null ? Math.max(l.base.since, l.base.until) : l.base.until,
      })),
  }).dataset;
}

describe('types and countries', () => {
  it('show the same links by the rule, the filter index, the mask and the instance floats', () => {
    fc.assert(
      fc.property(fc.array(typedLink, { maxLength: 30 }), state, fc.boolean(), (links, filters, found) => {
        const dataset = dataSet(links);
        if (found) setPlaceCountries(dataset, [null, null, null, 'JP']);
        const country = (place: Place) => placeCountry(place) ?? null;
        // The rule spelled out: every other filter, the type among `types`, an end in `countries`.
        const expected = dataset.links
          .filter((l) => isLinkVisible(l, { ...filters, types: null, countries: null }))
          .filter((l) => !filters.types || filters.types.has(l.type))
          .filter(
            (l) =>
              !filters.countries ||
              [l.sourceIndex, l.targetIndex].some((i) => filters.countries!.has(country(dataset.places[i]!)!)),
          )
          .map((l) => l.index);
        const places = dataset.places;
        expect(dataset.links.filter((l) => isLinkVisible(l, filters, places)).map((l) => l.index)).toEqual(expected);
        expect(visibleLinks(dataset, filters).map((l) => l.index)).toEqual(expected);
        expect(new FilterIndex(dataset).countVisible(filters)).toBe(expected.length);
        const uniforms = arcFilter(filters, dataset.sectors, undefined, dataset);
        const arcs = buildArcBuffers(dataset);
        const drawn = new Set<number>();
        for (let i = 0; i < arcs.count; i++)
          if (instanceShown(uniforms, uniforms.sectorShown, arcs.instances, i * INSTANCE_FLOATS))
            drawn.add(arcs.linkOfInstance[i]!);
        expect([...drawn].sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('count links per type and per country under the other filters', () => {
    fc.assert(
      fc.property(fc.array(typedLink, { maxLength: 30 }), state, (links, filters) => {
        const dataset = dataSet(links);
        setPlaceCountries(dataset, [null, null, null, 'JP']);
        const index = new FilterIndex(dataset);
        const byType = new Map<string, number>();
        for (const l of visibleLinks(dataset, { ...filters, types: null }))
          byType.set(l.type, (byType.get(l.type) ?? 0) + 1);
        expect(index.countByType(filters)).toEqual(byType);
        const byCountry = new Map<string, number>();
        for (const l of visibleLinks(dataset, { ...filters, countries: null }))
          for (const c of new Set([l.sourceIndex, l.targetIndex].map((i) => placeCountry(dataset.places[i]!)!)))
            byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
        const counted = index.countByCountry(filters);
        expect(new Map([...counted].sort())).toEqual(new Map([...byCountry].sort()));
        // Most links first.
        const values = [...counted.values()];
        expect(values).toEqual([...values].sort((a, b) => b - a));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a place’s country from its code, a country column, or the shapes once found', () => {
    const { dataset } = validateDataSet(
      {
        places: PLACES,
        links: [
          { source: 'KR-11', target: 'RU', type: 'twinned' },
          { source: 'KZ-AKM', target: 'Sapporo', type: 'agreement' },
          // By name and coordinates with a country column, as the Wikidata export gives them.
          {
            source: '',
            source_name: 'Graz',
            source_country: 'Austria',
            source_lon: 15.44,
            source_lat: 47.07,
            target: 'KR-11',
          },
        ],
      },
      { gazetteer: realGazetteer() },
    );
    const country = (id: string) => placeCountry(dataset.places.find((p) => p.id === id)!);
    expect(country('KR-11')).toBe('KR');
    expect(country('RU')).toBe('RU');
    expect(country('KZ-AKM')).toBe('KZ');
    expect(country('Graz, Austria')).toBe('AT');
    // Coordinates alone: not known until the shapes are read.
    expect(country('Sapporo')).toBeUndefined();
    expect(needsShapes(dataset)).toBe(true);
    expect(typesOf(dataset)).toEqual(['twinned', 'agreement', 'cooperation']);

    const view = new DataView(dataset);
    const japan: FilterState = { sectors: null, years: null, statuses: null, countries: new Set(['JP']) };
    expect(view.visibleIds(japan, 'k')).toEqual([]);
    expect(view.index.countVisible(japan)).toBe(0);
    setPlaceCountries(
      dataset,
      dataset.places.map((p) => (p.id === 'Sapporo' ? 'JP' : null)),
    );
    expect(needsShapes(dataset)).toBe(false);
    // The same key: the view knows the places changed.
    expect(view.visibleIds(japan, 'k')).toEqual([dataset.links[1]!.id]);
    expect(view.index.countVisible(japan)).toBe(1);
    expect(linkMask(dataset, japan)).toEqual(Uint8Array.from([0, 1, 0]));
  });

  it('reads `countries` as codes, warns of other words, and reports both filters in coop-filter-change', () => {
    expect(parseCountries('kr, RU  kz')).toEqual(new Set(['KR', 'RU', 'KZ']));
    expect(parseCountries(null)).toBeNull();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(new AttributeChecker().countries('KR Korea')).toEqual(new Set(['KR']));
    } finally {
      console.warn = warn;
    }
    expect(warnings).toEqual([
      'coop-map: countries="KR Korea" cannot be used: "Korea" is not a two-letter country code and is left out.',
    ]);
    const event = filterChangeEvent({
      sectors: null,
      years: null,
      types: new Set(['twinned']),
      countries: new Set(['KR', 'KZ']),
    });
    expect(event.detail).toEqual({ sectors: null, years: null, types: ['twinned'], countries: ['KR', 'KZ'] });
  });

  it('keeps types and countries in the URL hash with the other filters', () => {
    const state = { sectors: 'culture', years: null, types: 'twinned agreement', countries: 'KR KZ', selected: null };
    const hash = writeUrlState('#other=1', state, 'm');
    expect(hash).toBe('#other=1&m.sectors=culture&m.types=twinned+agreement&m.countries=KR+KZ');
    expect(readUrlState(hash, 'm')).toEqual({ sectors: 'culture', types: 'twinned agreement', countries: 'KR KZ' });
  });
});
