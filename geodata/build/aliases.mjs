// aliases.json: outdated code -> current code, from the recodings of admin1.mjs and EXTRA_ALIASES.

import { CURRENT } from './iso-codes.mjs';
import { ALIAS_CODE_SHAPE } from './limits.mjs';
import { EXTRA_ALIASES } from './tables.mjs';

/**
 * @param {{recoded: {from: string, to: string, alias: boolean}[]}} report the admin-1 report
 * @param {Set<string>} regionIds the ids written to admin1.json
 * @returns aliases sorted by key; an old code recoded to several regions gets none
 */
export function buildAliases(report, regionIds) {
  const targets = new Map();
  for (const { from, to, alias } of report.recoded) {
    if (!alias) continue;
    // Only codes people could have written: well-formed and not a current code of another region.
    if (!ALIAS_CODE_SHAPE.test(from) || CURRENT.has(from)) continue;
    if (!targets.has(from)) targets.set(from, new Set());
    targets.get(from).add(to);
  }
  const aliases = {};
  for (const [from, to] of targets) {
    if (to.size === 1) aliases[from] = [...to][0];
  }
  Object.assign(aliases, EXTRA_ALIASES);
  for (const [from, to] of Object.entries(aliases)) {
    if (!regionIds.has(to)) throw new Error(`alias ${from} -> ${to}: no such region`);
    if (CURRENT.has(from)) throw new Error(`alias ${from} is itself a current code`);
  }
  return Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : 1)));
}
