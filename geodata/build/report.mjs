// The build report printed after a build: what was kept, recoded, dropped and merged, a review of
// names, and the sizes written. `verbose` adds one line per feature.

import { CURRENT } from './iso-codes.mjs';
import { normalizeName } from './names.mjs';

const log = (...args) => console.log(...args);

/** Rows counted by their `why`, most frequent first. */
function countByWhy(rows) {
  const counts = new Map();
  for (const r of rows) counts.set(r.why, (counts.get(r.why) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function summarize(report, regionCount, verbose) {
  log('\nadmin-1 build report');
  log(`  source features      ${report.kept + report.recoded.length + report.dropped.length}`);
  log(`  kept with NE code    ${report.kept}`);
  log(`  recoded              ${report.recoded.length}`);
  for (const [kind, n] of countByWhy(report.recoded.map((r) => ({ why: r.kind })))) {
    log(`    ${String(n).padStart(4)}  ${kind}`);
  }
  log(`  dropped              ${report.dropped.length}`);
  for (const [why, n] of countByWhy(report.dropped)) log(`    ${String(n).padStart(4)}  ${why}`);
  const mergedParts = report.merged.reduce((s, m) => s + m.parts, 0);
  log(`  merged               ${mergedParts} features dissolved into ${report.merged.length} regions`);
  log(`  regions written      ${regionCount}`);
  const droppedByCountry = new Map();
  for (const d of report.dropped) droppedByCountry.set(d.country, (droppedByCountry.get(d.country) ?? 0) + 1);
  log(
    `  dropped by country   ${[...droppedByCountry]
      .sort()
      .map(([c, n]) => `${c}:${n}`)
      .join(' ')}`,
  );
  if (verbose) {
    for (const r of report.recoded) log(`    recode ${r.from} -> ${r.to}  ${r.name}  (${r.why})`);
    for (const d of report.dropped) log(`    drop   ${d.ne}  ${d.name}  (${d.why})`);
    for (const m of report.merged) log(`    merge  ${m.id} <- ${m.parts} features`);
  }
}

/** Whether one of the NE names of the region's features resembles its ISO name. */
function resemblesIsoName(id, members) {
  const iso = normalizeName(CURRENT.get(id).name);
  return members.some((m) =>
    [m.props.name, m.props.name_en, m.props.name_alt, m.props.woe_name, m.props.gn_name]
      .flatMap((n) => String(n ?? '').split('|'))
      .map(normalizeName)
      .some((n) => n && iso && (n === iso || (n.length > 3 && iso.length > 3 && (n.includes(iso) || iso.includes(n))))),
  );
}

/** Regions whose NE name does not resemble the ISO name: printed for review, not fatal. */
function nameReview(groups, verbose) {
  const suspicious = [];
  for (const [id, members] of groups) {
    const [only] = members;
    if (resemblesIsoName(id, members) || members.length !== 1 || only.rule.territory || only.rule.names === 'iso') {
      continue;
    }
    suspicious.push(`${id} "${CURRENT.get(id).name}" ~ NE "${only.props.name_en ?? only.props.name}"`);
  }
  log(
    `\nname review: ${suspicious.length} single-feature regions whose NE name differs from the ISO name` +
      ' (transliteration, language)',
  );
  if (verbose) for (const s of suspicious) log(`    ${s}`);
}

/** The sizes written: the single files, and the country files of admin1/ summed with the largest. */
function printSizes(sizes) {
  const bytes = (n) => `${n.toLocaleString('en')} bytes`;
  const countryFiles = Object.entries(sizes).filter(([file]) => /^admin1\/[A-Z]{2}\.json$/.test(file));
  for (const [file, n] of Object.entries(sizes))
    if (!countryFiles.some(([f]) => f === file)) log(`  ${file.padEnd(20)} ${bytes(n)}`);
  const total = countryFiles.reduce((s, [, n]) => s + n, 0);
  log(`  ${'admin1/XX.json'.padEnd(20)} ${bytes(total)} in ${countryFiles.length} files`);
  const largest = countryFiles.sort((a, b) => b[1] - a[1]).slice(0, 5);
  log(`  largest              ${largest.map(([f, n]) => `${f.slice(7, 9)} ${bytes(n)}`).join(', ')}`);
}

/**
 * Prints the report of one build.
 * @param {object} build what main() built: the admin-1 `report` and `groups`, `regionIds`, the
 *   `countries` topology and `countryReport`, the `aliases`, the `sizes` in bytes per file and the
 *   `upper` regions (code -> lower codes)
 * @param {{verbose?: boolean}} options
 */
export function printReport(
  { report, groups, regionIds, countries, countryReport, aliases, sizes, upper },
  { verbose },
) {
  summarize(report, regionIds.size, verbose);
  nameReview(groups, verbose);
  const upperByCountry = new Map();
  for (const code of upper.keys())
    upperByCountry.set(code.slice(0, 2), (upperByCountry.get(code.slice(0, 2)) ?? 0) + 1);
  log(`\nupper level            ${[...upperByCountry].map(([c, n]) => `${c}:${n}`).join(' ')}`);
  if (verbose) for (const [code, lower] of upper) log(`    ${code} <- ${lower.join(' ')}`);
  log('\ncountries');
  log(`  written              ${countries.objects.countries.geometries.length}`);
  for (const line of countryReport.assigned) log(`  assigned             ${line}`);
  for (const line of countryReport.dropped) log(`  dropped              ${line}`);
  log(`\naliases                ${Object.keys(aliases).length}`);
  log('\nsizes');
  printSizes(sizes);
  const perCountry = (c) => [...regionIds].filter((id) => id.startsWith(`${c}-`)).length;
  log(`\nregions per country    RU:${perCountry('RU')} KR:${perCountry('KR')} KZ:${perCountry('KZ')}`);
}
