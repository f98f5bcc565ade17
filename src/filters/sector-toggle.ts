import { formatSectors, parseSectors } from './filters.js';

/**
 * The `sectors` value after switching one sector on or off the way the legend does: from "all"
 * (null), switching one off keeps every other on; switching the last one back on gives "all".
 */
export function toggleSectorValue(value: string | null, all: readonly string[], id: string): string | null {
  const active = new Set(parseSectors(value) ?? all);
  if (active.has(id)) active.delete(id);
  else active.add(id);
  return all.every((s) => active.has(s)) ? null : formatSectors(active);
}
