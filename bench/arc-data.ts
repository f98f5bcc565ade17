// What deck.gl's side draws: one object per link and sector with both ends' coordinates, as
// deck.gl's ArcLayer wants its data. Built from the data set as given (the ungrouped rows) or
// from a data set the library grouped (`group-by` rows), with the widths coop-map gives those arcs.
import type { DataSet } from '../src/data/model.ts';
import type { CooperationDataInput } from '../src/data/types.ts';
import { BUILTIN_SECTOR_DEFAULTS, UNSPECIFIED_SECTOR_DEFAULTS } from '../src/data/sectors.ts';
import { linkWidths } from '../src/geometry/arcs.ts';
import { WIDTH_DEFAULT_PX } from '../src/geometry/widths.ts';

/** The order coop-map gives the sectors of these data sets: the built-ins, then `unspecified`. */
export const SECTORS = [...Object.keys(BUILTIN_SECTOR_DEFAULTS), 'unspecified'];
const SECTOR_COLORS = [
  ...Object.values(BUILTIN_SECTOR_DEFAULTS).map((s) => s.color),
  UNSPECIFIED_SECTOR_DEFAULTS.color,
].map(rgb);
/** Opacity coop-map gives an arc by status: full for active and planned, faded for the others. */
const STATUS_ALPHA: Record<string, number> = { active: 0.9, planned: 0.9, suspended: 0.45, ended: 0.45 };
/** Stand-ins for an open `since` or `until`, as coop-map uses. */
export const OPEN_YEAR = 1e6;

export interface ArcDatum {
  source: [number, number];
  target: [number, number];
  /** Index in SECTORS: deck.gl's filter category. */
  sector: number;
  /** [since, until], open ends as ∓OPEN_YEAR: deck.gl's two filter values. */
  years: [number, number];
  color: [number, number, number, number];
  /** CSS pixels. */
  width: number;
}

export function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

interface ArcLink {
  sectors?: readonly string[] | null;
  since?: number | null;
  until?: number | null;
  status?: string | null;
}

/** Pushes one arc per sector of a link (a link without sectors: one `unspecified` arc). */
function pushArcs(
  arcs: ArcDatum[],
  link: ArcLink,
  source: [number, number],
  target: [number, number],
  width: number,
): void {
  const years: [number, number] = [link.since ?? -OPEN_YEAR, link.until ?? OPEN_YEAR];
  const alpha = Math.round(255 * (STATUS_ALPHA[link.status ?? 'active'] ?? 0.9));
  const sectors = link.sectors?.length ? link.sectors : ['unspecified'];
  for (const id of sectors) {
    const sector = Math.max(0, SECTORS.indexOf(id));
    arcs.push({ source, target, sector, years, color: [...SECTOR_COLORS[sector]!, alpha], width });
  }
}

/** The data set as given: places by id with their lon/lat; links to an unknown place are left out. */
export function toArcData(data: CooperationDataInput): ArcDatum[] {
  const positions = new Map<string, [number, number]>();
  for (const place of data.places ?? []) positions.set(place.id, [place.lon!, place.lat!]);
  const arcs: ArcDatum[] = [];
  for (const link of data.links) {
    const source = positions.get(link.source);
    const target = positions.get(link.target);
    if (source && target) pushArcs(arcs, link, source, target, WIDTH_DEFAULT_PX);
  }
  return arcs;
}

/** A data set of the model (a grouped one: its links are the groups), each arc as wide as coop-map draws it. */
export function modelArcData(dataset: DataSet): ArcDatum[] {
  const positions = dataset.places.map((p): [number, number] => [p.lon, p.lat]);
  const widths = linkWidths(dataset.links);
  const arcs: ArcDatum[] = [];
  dataset.links.forEach((link, i) =>
    pushArcs(arcs, link, positions[link.sourceIndex]!, positions[link.targetIndex]!, widths[i]!),
  );
  return arcs;
}
