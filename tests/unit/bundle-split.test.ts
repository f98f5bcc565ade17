// What the element downloads up front: the CSV reader and Papa Parse only when a data set is
// CSV; the strings of a language other than English only when an element speaks it; the details
// panel, the tooltip, the PNG export, the table, the list of keys, the search box's list, the grouping and the
// map's keyboard cursor only on first use; the map's engine beside the first data set. The split rests on the package's
// "sideEffects" declaration, on parse.ts re-exporting without code of its own and on the
// element importing those parts only through import(); this fails if any stops holding, before
// the size does unnoticed.
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleComponent, type BundledFile } from '../../scripts/component-bundle.mjs';

const modulesOf = (files: BundledFile[]) => files.flatMap((file) => Object.keys(file.modules));
const BUILD_TIMEOUT_MS = 120_000;

/** Source files loaded on first use, each with what must come along with it in its chunk. */
const ON_DEMAND: Record<string, string[]> = {
  'src/i18n/strings-ru.ts': [],
  'src/i18n/strings-ko.ts': [],
  'src/i18n/strings-kk.ts': [],
  'src/ui/details-panel.ts': ['src/ui/details-panel.styles.ts', 'src/ui/group-details.ts'],
  'src/ui/tooltip.ts': ['src/ui/tooltip.styles.ts', 'src/ui/group-tooltip.ts'],
  'src/controllers/group-session.ts': [
    // The countries of places given by coordinates (`countries`), found with the same shapes.
    'src/filters/place-countries.ts',
  ],
  // The areas places fall in (turf and Flatbush), shared by group-by and the place statistics.
  'src/load/group-areas.ts': ['src/filters/grouping.ts', 'src/filters/area-index.ts'],
  'src/ui/export-png.ts': [],
  'src/ui/table-view.ts': ['src/ui/table-view.styles.ts'],
  'src/ui/search-list.ts': ['src/ui/search-index.ts'],
  'src/ui/keys-panel.ts': [],
  // The legend's type toggles and country list, once a data set has loaded.
  'src/ui/filter-choices.ts': [],
  'src/controllers/keyboard-navigator.ts': [],
  // The map's engine, asked for as the element connects and loaded beside the data set.
  'src/map/map-controller.ts': [
    'src/map/arc-composite.ts',
    'src/map/arc-draw.ts',
    'src/map/arc-images.ts',
    'src/map/arc-layer.ts',
    'src/map/arc-picking.ts',
    'src/map/arc-shaders.ts',
    'src/map/basemap.ts',
    'src/map/density.ts',
    'src/map/gl/program.ts',
    'src/map/gl/target.ts',
    'src/map/gl/uniforms.ts',
    'src/map/label-images.ts',
    'src/map/place-layers.ts',
    'src/map/place-ranks.ts',
    'src/map/view-math.ts',
  ],
  'src/ui/problems.ts': ['src/i18n/problem-texts.ts'],
  'src/i18n/problems-en.ts': [],
  'src/i18n/problems-ru.ts': [],
  'src/i18n/problems-ko.ts': [],
  'src/i18n/problems-kk.ts': [],
};

describe('the component bundle', () => {
  let bundle: { upFront: BundledFile[]; lazy: BundledFile[] };
  beforeAll(async () => {
    bundle = await bundleComponent({ external: ['maplibre-gl'] });
  }, BUILD_TIMEOUT_MS);

  it('loads the CSV reader and Papa Parse on demand only, in a chunk apart from the JSON reader', () => {
    const first = modulesOf(bundle.upFront);
    expect(first.filter((id) => /papaparse|parse-csv/.test(id))).toEqual([]);
    const csv = bundle.lazy.filter((file) =>
      Object.keys(file.modules).some((id) => id.endsWith('src/data/parse-csv.ts')),
    );
    expect(csv).toHaveLength(1);
    expect(Object.keys(csv[0]!.modules).some((id) => id.includes('node_modules/papaparse/'))).toBe(true);
    expect(Object.keys(csv[0]!.modules).some((id) => id.endsWith('src/data/validate.ts'))).toBe(false);
  });

  it('loads the reader (parse, validate, pipeline) and the geodata readers with the first data set', () => {
    const first = modulesOf(bundle.upFront);
    const readers = [
      'src/load/read-data.ts',
      'src/load/pipeline.ts',
      'src/data/parse-text.ts',
      'src/data/validate.ts',
      'src/data/validate/place-resolver.ts',
      'src/data/gazetteer.ts',
      'src/data/regions.ts',
      'src/load/geodata.ts',
    ];
    for (const path of readers)
      expect(
        first.filter((id) => id.endsWith(path)),
        path,
      ).toEqual([]);
    expect(first.filter((id) => id.includes('topojson-client'))).toEqual([]);
    const later = modulesOf(bundle.lazy);
    for (const path of readers)
      expect(
        later.some((id) => id.endsWith(path)),
        path,
      ).toBe(true);
    // What starts the load stays up front: the fetch with its size limit, and the loader.
    for (const path of ['src/load/fetch.ts', 'src/controllers/data-loader.ts']) {
      expect(
        first.some((id) => id.endsWith(path)),
        path,
      ).toBe(true);
    }
  });

  it('loads the Excel reader and read-excel-file only for a workbook, in a chunk of its own', () => {
    const excel = /read-excel-file|fflate|saxen|src\/data\/workbook/;
    expect(modulesOf(bundle.upFront).filter((id) => excel.test(id))).toEqual([]);
    const chunks = bundle.lazy.filter((file) => Object.keys(file.modules).some((id) => excel.test(id)));
    expect(chunks).toHaveLength(1);
    const modules = Object.keys(chunks[0]!.modules);
    expect(modules.some((id) => id.endsWith('src/data/workbook.ts'))).toBe(true);
    expect(modules.some((id) => id.includes('node_modules/read-excel-file/'))).toBe(true);
    // It uses the CSV reader's chunk for the rows, rather than a copy of it and Papa Parse.
    expect(modules.filter((id) => /papaparse|src\/data\/(parse-csv|validate)\.ts$/.test(id))).toEqual([]);
  });

  it('keeps English, the legend, the timeline, the search box and what resolves a selection up front', () => {
    const first = modulesOf(bundle.upFront);
    for (const path of [
      'src/controllers/search.ts',
      'src/controllers/keyboard-loader.ts',
      'src/i18n/strings.ts',
      'src/ui/legend.ts',
      'src/ui/timeline.ts',
      'src/filters/data-view.ts',
      'src/ui/export.ts',
    ]) {
      expect(
        first.some((id) => id.endsWith(path)),
        path,
      ).toBe(true);
    }
  });

  it.each(Object.entries(ON_DEMAND))('loads %s in a chunk of its own, not up front', (path, companions) => {
    const first = modulesOf(bundle.upFront);
    for (const module of [path, ...companions])
      expect(
        first.filter((id) => id.endsWith(module)),
        module,
      ).toEqual([]);
    const chunks = bundle.lazy.filter((file) => Object.keys(file.modules).some((id) => id.endsWith(path)));
    expect(chunks).toHaveLength(1);
    const inChunk = Object.keys(chunks[0]!.modules).filter((id) => id.includes('/src/'));
    // Nothing else on demand rides along: each part costs only itself.
    expect(inChunk.map((id) => id.slice(id.indexOf('/src/') + 1)).sort()).toEqual([path, ...companions].sort());
  });
});
