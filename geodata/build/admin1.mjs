// admin1.json: Natural Earth's admin-1 features classified by the fix tables (keep, recode,
// drop), dissolved per current ISO 3166-2 code, simplified, named and labelled.

import { approxArea, pickLabel } from './geometry.mjs';
import { CURRENT, HAS_SUBDIVISIONS } from './iso-codes.mjs';
import { ADMIN1_SIMPLIFY } from './limits.mjs';
import { groupNames } from './names.mjs';
import { simplifyLayer, withGeometries } from './simplify.mjs';
import { CODE_FIXES, COUNTRY_DROPS, FEATURE_FIXES, TERRITORY_CODES } from './tables.mjs';

/** The rule for one NE feature: its current code (`to`, null to drop), why, and the kind of fix. */
export function classify(props) {
  const neCode = props.iso_3166_2;
  const fix = FEATURE_FIXES[props.adm1_code];
  if (fix) return { to: fix.to, why: fix.why, names: fix.names, kind: 'feature fix (wrong or shared code, by NE id)' };
  if (COUNTRY_DROPS[props.iso_a2]) return { to: null, why: COUNTRY_DROPS[props.iso_a2] };
  if (neCode in CODE_FIXES) {
    const rule = CODE_FIXES[neCode];
    const kind = 'outdated code replaced or merged (by NE code)';
    return typeof rule === 'object' && rule !== null ? { ...rule, kind } : { to: rule, why: 'outdated code', kind };
  }
  if (!CURRENT.has(neCode) && TERRITORY_CODES[props.iso_a2]) {
    return {
      to: TERRITORY_CODES[props.iso_a2],
      why: `${props.iso_a2} is coded ${TERRITORY_CODES[props.iso_a2]}`,
      territory: props.iso_a2,
      kind: 'territory coded as a subdivision of another country',
    };
  }
  if (CURRENT.has(neCode)) return { to: neCode, why: null };
  if (!HAS_SUBDIVISIONS.has(props.iso_a2))
    return { to: null, why: 'territory without ISO 3166-2 subdivisions (it has its ISO 3166-1 code)' };
  return { to: null, why: 'no ISO 3166-2 code of its own (disputed, outlying or uninhabited area)' };
}

const neLabel = (m) => [Number(m.props.longitude), Number(m.props.latitude)];

/** NE's label point of the feature that is the region, else the inner point of the merged shape. */
function labelCandidates(members, source, innerPoint) {
  const parts = [...members].sort((a, b) => b.area - a.area).map(neLabel);
  return source ? [neLabel(source), innerPoint, ...parts] : [innerPoint, ...parts];
}

/** Every NE feature classified; the kept ones grouped by their current code. */
function classifyAll(source) {
  const report = { kept: 0, recoded: [], dropped: [], merged: [] };
  const groups = new Map();
  for (const f of source.features) {
    const props = f.properties;
    const rule = classify(props);
    if (!rule.to) {
      const name = props.name ?? props.name_en ?? '?';
      report.dropped.push({ ne: props.iso_3166_2, name, country: props.iso_a2, why: rule.why });
      continue;
    }
    if (!CURRENT.has(rule.to)) {
      throw new Error(`fix target ${rule.to} (for ${props.adm1_code}) is not a current ISO 3166-2 code`);
    }
    if (rule.to === props.iso_3166_2) report.kept++;
    else
      report.recoded.push({
        from: props.iso_3166_2,
        to: rule.to,
        name: props.name_en ?? props.name,
        why: rule.why,
        kind: rule.kind,
        // A feature NE mislabelled keeps no alias: its NE code names another region.
        alias: rule.names !== 'iso',
      });
    const member = { props, rule, area: approxArea(f.geometry), geometry: f.geometry };
    if (!groups.has(rule.to)) groups.set(rule.to, []);
    groups.get(rule.to).push(member);
  }
  for (const [id, members] of groups) if (members.length > 1) report.merged.push({ id, parts: members.length });
  return { report, groups };
}

/**
 * @param {object} source Natural Earth admin-1, a GeoJSON FeatureCollection
 * @param {object} mapshaper the API from sources.mjs loadMapshaper()
 * @returns the topology (object `regions`), the report of what was recoded, dropped and merged,
 *   and the NE features behind each region
 */
export async function buildAdmin1(source, mapshaper) {
  const { report, groups } = classifyAll(source);
  const features = [...groups].flatMap(([id, members]) =>
    members.map((m) => ({ type: 'Feature', geometry: m.geometry, properties: { id } })),
  );
  const { topology, inner, shipped } = await simplifyLayer(mapshaper, features, {
    layer: 'regions',
    simplify: ADMIN1_SIMPLIFY,
  });

  const nameGaps = [];
  const geometries = topology.objects.regions.geometries.map((g) => {
    const id = g.properties.id;
    const members = groups.get(id);
    const { names: name, source: named } = groupNames(id, members);
    if (!name.en) nameGaps.push(id);
    const label = pickLabel(shipped.get(id), labelCandidates(members, named, inner.get(id)));
    if (!label) throw new Error(`no label point found inside ${id}`);
    return { ...g, id, properties: { name, country: id.split('-')[0], label } };
  });
  if (nameGaps.length) throw new Error(`regions without an English name: ${nameGaps.join(', ')}`);
  return { topology: withGeometries(topology, 'regions', geometries), report, groups };
}
