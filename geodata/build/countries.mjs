// countries.json: world-atlas countries keyed by ISO 3166-1 alpha-2, cut at the antimeridian,
// simplified, named and labelled.

import { feature as topoFeature } from 'topojson-client';
import { pickLabel, splitAtAntimeridian } from './geometry.mjs';
import { ALPHA2_BY_NUMERIC } from './iso-codes.mjs';
import { COUNTRIES_SIMPLIFY } from './limits.mjs';
import { countryNames } from './names.mjs';
import { simplifyLayer, withGeometries } from './simplify.mjs';
import { COUNTRY_NO_ID } from './tables.mjs';

/** world-atlas's features with their alpha-2 code as `properties.id`; those without an id by COUNTRY_NO_ID. */
function coded(atlas, report) {
  const features = [];
  for (const f of topoFeature(atlas, atlas.objects.countries).features) {
    let id = f.id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(String(f.id).padStart(3, '0'));
    if (f.id === undefined) {
      const rule = COUNTRY_NO_ID[f.properties.name];
      if (!rule) throw new Error(`world-atlas feature without id: ${f.properties.name}`);
      if (!rule.to) {
        report.dropped.push(`${f.properties.name}: ${rule.why}`);
        continue;
      }
      id = rule.to;
      report.assigned.push(`${f.properties.name} -> ${id}: ${rule.why}`);
    }
    if (!id) throw new Error(`world-atlas id ${f.id} (${f.properties.name}) has no alpha-2 code`);
    const properties = { id, atlasName: f.properties.name };
    features.push({ type: 'Feature', geometry: splitAtAntimeridian(f.geometry), properties });
  }
  return features;
}

/**
 * @param {object} atlas world-atlas countries-50m, a TopoJSON topology
 * @param {object} mapshaper the API from sources.mjs loadMapshaper()
 * @returns the topology (object `countries`) and the report of ids assigned by name or dropped
 */
export async function buildCountries(atlas, mapshaper) {
  const report = { dropped: [], assigned: [] };
  const features = coded(atlas, report);
  const { topology, inner, shipped } = await simplifyLayer(mapshaper, features, {
    layer: 'countries',
    simplify: COUNTRIES_SIMPLIFY,
  });
  const geometries = topology.objects.countries.geometries.map((g) => {
    const id = g.properties.id;
    const name = countryNames(id);
    if (!name.en) throw new Error(`no English name for country ${id}`);
    const label = pickLabel(shipped.get(id), [inner.get(id)]);
    if (!label) throw new Error(`no label point found inside ${id}`);
    return { ...g, id, properties: { name, label } };
  });
  return { topology: withGeometries(topology, 'countries', geometries), report };
}
