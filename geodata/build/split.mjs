// The world's admin-1 topology cut into one topology per country (geodata/admin1/XX.json), each
// with only the arcs its regions use, and the index of every region without its shape
// (geodata/admin1/index.json): names, country, label point, bounding box, upper region.

import { feature as topoFeature } from 'topojson-client';
import { polygonsOf } from './geometry.mjs';
import { BBOX_DECIMALS } from './limits.mjs';

/** Calls `visit` on every arc index of a TopoJSON geometry (`~i` for arc i reversed), replacing it by the result. */
function mapArcs(geometry, visit) {
  const walk = (arcs) => arcs.map((a) => (Array.isArray(a) ? walk(a) : visit(a)));
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => mapArcs(g, visit)) };
  }
  return geometry.arcs ? { ...geometry, arcs: walk(geometry.arcs) } : geometry;
}

/** A topology of the same grid holding `geometries` and only the arcs they use, renumbered in order of use. */
export function subTopology(topology, layer, geometries) {
  const renumber = new Map();
  const arcs = [];
  const remapped = geometries.map((g) =>
    mapArcs(g, (index) => {
      const arc = index < 0 ? ~index : index;
      let to = renumber.get(arc);
      if (to === undefined) {
        to = arcs.length;
        renumber.set(arc, to);
        arcs.push(topology.arcs[arc]);
      }
      return index < 0 ? ~to : to;
    }),
  );
  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    objects: { [layer]: { type: 'GeometryCollection', geometries: remapped } },
    arcs,
  };
}

/** One topology per country (by the `country` property), keyed by its alpha-2 code, in code order. */
export function splitByCountry(topology, layer) {
  const byCountry = new Map();
  for (const g of topology.objects[layer].geometries) {
    const country = g.properties.country;
    if (!byCountry.has(country)) byCountry.set(country, []);
    byCountry.get(country).push(g);
  }
  return new Map(
    [...byCountry]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([country, geometries]) => [country, subTopology(topology, layer, geometries)]),
  );
}

/** [west, south, east, north] of a geometry, rounded outwards to BBOX_DECIMALS, so the box holds the shape. */
export function bboxOf(geometry) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0]) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  const f = 10 ** BBOX_DECIMALS;
  const round = (v, up) => (up ? Math.ceil(v * f - 1e-9) : Math.floor(v * f + 1e-9)) / f;
  return [round(w, false), round(s, false), round(e, true), round(n, true)];
}

/**
 * What resolves and labels a region without its shape, column by column (a quarter smaller
 * gzipped than an object per region): `codes` in code order; for the region at position i,
 * `label[2i..2i+1]` is its label point, `bbox[4i..4i+3]` its [west, south, east, north],
 * `names[lang][i]` its name in that language (null where no source has one); `parent` maps a
 * lower region to the upper region it is in (`FR-75C` -> `FR-IDF`). A region's country, and so
 * its file `admin1/XX.json`, is its code's first two letters.
 */
export function buildIndex(topology, layer, langs) {
  const shapes = topoFeature(topology, topology.objects[layer]).features;
  shapes.sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = { langs, codes: [], label: [], bbox: [], parent: {}, names: {} };
  for (const lang of langs) index.names[lang] = [];
  for (const f of shapes) {
    const { name, country, label, parent } = f.properties;
    if (country !== String(f.id).slice(0, 2)) throw new Error(`${f.id}: country ${country} is not its code's`);
    index.codes.push(String(f.id));
    index.label.push(...label);
    index.bbox.push(...bboxOf(f.geometry));
    if (parent) index.parent[f.id] = parent;
    for (const lang of langs) index.names[lang].push(name[lang] ?? null);
  }
  return index;
}
