// The upper level of the countries where ISO 3166-2 has two (limits.mjs UPPER_LEVEL): France's
// regions, Italy's regions, Spain's autonomous communities, the United Kingdom's nations. Each is
// dissolved from its lower-level regions as shipped (topojson-client's mergeArcs on the topology
// mapshaper simplified), so its border is exactly theirs and shares their arcs. Which region a
// lower one belongs to is its ISO 3166-2 parent (iso-3166's list), or, where the list gives the
// country as parent (the UK's counties), Natural Earth's `geonunit`; Natural Earth's region
// fields (`region_cod`, `region`, `geonunit`) are checked against it, and the build fails on a
// disagreement not in UPPER_CHECK_EXCEPTIONS.

import { feature as topoFeature, mergeArcs } from 'topojson-client';
import { approxArea, pickLabel, polygonsOf } from './geometry.mjs';
import { CURRENT } from './iso-codes.mjs';
import { UPPER_LEVEL } from './limits.mjs';
import { normalizeName } from './names.mjs';
import { UPPER_CHECK_EXCEPTIONS } from './tables.mjs';

/** The ISO 3166-2 codes of a country's upper level whose name is `name` (the UK's nations by geonunit). */
function codeByIsoName(country, name) {
  const wanted = normalizeName(name);
  const found = [...CURRENT.values()].filter(
    (r) => r.code.startsWith(`${country}-`) && r.parent === country && normalizeName(r.name) === wanted,
  );
  return found.length === 1 ? found[0].code : null;
}

/** Whether two names are alike once reduced (one holds the other: "Murcia" ~ "Murcia, Región de"). */
function alike(a, b) {
  const [x, y] = [normalizeName(a), normalizeName(b)];
  return Boolean(x && y && (x === y || (x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x)))));
}

/** The parent of a subdivision in ISO's list when it is a subdivision too (not the country). */
function isoParent(code) {
  const parent = CURRENT.get(code)?.parent;
  return parent && parent.includes('-') ? parent : null;
}

/**
 * The upper-level codes of a lower region, nearest first: ISO's parent and its parents (Bas-Rhin
 * is in Alsace, `FR-6AE`, which is in Grand Est, `FR-GES`), or the one a Natural Earth field names.
 */
function upperOf(id, members, rule) {
  if (rule.by === 'iso-parent') {
    const chain = [];
    for (let code = isoParent(id); code; code = isoParent(code)) chain.push(code);
    return chain;
  }
  const names = new Set(members.map((m) => m.props[rule.by]));
  if (names.size !== 1) throw new Error(`${id}: its Natural Earth features disagree on ${rule.by}: ${[...names]}`);
  const code = codeByIsoName(id.slice(0, 2), [...names][0]);
  return code ? [code] : [];
}

/** Natural Earth's own word on the region of a feature agrees with one of the codes found. */
function neAgrees(chain, props, rule, namesOf) {
  const neCode = String(props[rule.check.code] ?? '').replace('.', '-');
  if (neCode && chain.includes(neCode)) return true;
  const name = props[rule.check.name];
  return chain.some((code) => [CURRENT.get(code).name, ...Object.values(namesOf(code))].some((n) => alike(name, n)));
}

/**
 * The upper regions of UPPER_LEVEL's countries.
 * @param {Map<string, object[]>} groups the Natural Earth features behind each lower region
 * @param {(code: string) => object} namesOf the names of an upper region (CLDR, ISO)
 * @returns Map upper code -> the lower codes it is dissolved from, and each region's parent (a
 *   lower region's nearest upper one, an upper region's own upper one, as `FR-6AE` -> `FR-GES`)
 */
export function upperRegions(groups, namesOf) {
  const children = new Map();
  const parentOf = new Map();
  const problems = [];
  for (const [id, members] of groups) {
    const rule = UPPER_LEVEL[id.slice(0, 2)];
    if (!rule) continue;
    const chain = upperOf(id, members, rule);
    if (chain.length === 0) continue;
    for (const m of members) {
      if (neAgrees(chain, m.props, rule, namesOf)) continue;
      const exception = UPPER_CHECK_EXCEPTIONS[m.props.adm1_code];
      if (!chain.includes(exception?.to)) {
        problems.push(`${id} (${m.props.adm1_code}) -> ${chain.join(' < ')}, NE says ${m.props[rule.check.name]}`);
      }
    }
    chain.forEach((upper, i) => {
      parentOf.set(i === 0 ? id : chain[i - 1], upper);
      if (!children.has(upper)) children.set(upper, []);
      children.get(upper).push(id);
    });
  }
  if (problems.length) throw new Error(`upper regions Natural Earth disagrees with:\n  ${problems.join('\n  ')}`);
  return { children, parentOf };
}

/**
 * The geometries of the upper regions, merged from the lower ones in `topology` (which must hold
 * them in `layer`), each with its name, country and label point.
 */
export function upperGeometries(topology, layer, children, parentOf, namesOf) {
  const byId = new Map(topology.objects[layer].geometries.map((g) => [g.id ?? g.properties.id, g]));
  const out = [];
  for (const [upper, lower] of [...children].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = lower.map((id) => byId.get(id));
    const merged = mergeArcs(topology, parts);
    const shape = topoFeature(topology, merged).geometry;
    // The area-weighted mean of the parts' label points, else the largest part's label point.
    const weighted = parts.map((g) => {
      const area = approxArea(topoFeature(topology, g).geometry);
      return { area, label: g.properties.label };
    });
    const total = weighted.reduce((s, w) => s + w.area, 0);
    const mean = [0, 1].map((k) => weighted.reduce((s, w) => s + w.label[k] * w.area, 0) / total);
    const largest = [...weighted].sort((a, b) => b.area - a.area).map((w) => w.label);
    const label = pickLabel(shape, [mean, ...largest]);
    if (!label || polygonsOf(shape).length === 0) throw new Error(`upper region ${upper}: no shape or label`);
    const parent = parentOf.get(upper);
    const properties = { name: namesOf(upper), country: upper.slice(0, 2), label, ...(parent ? { parent } : {}) };
    out.push({ ...merged, id: upper, properties });
  }
  return out;
}
