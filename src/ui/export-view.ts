import type { FilterState } from '../filters/filters.js';
import type { DataView } from '../filters/data-view.js';
import { localize, type UiStrings } from '../i18n/strings.js';
import type { LegendEntry } from './export-png.js';

/** The legend drawn into a PNG export: the sectors shown with their counts, and the count of links shown. */
export function pngLegend(
  view: DataView,
  filters: FilterState,
  shown: number,
  lang: string,
  strings: UiStrings,
): { title: string; entries: LegendEntry[]; footer: string } {
  const { dataset } = view;
  const counts = view.countsBySector(filters);
  const entries = dataset.sectors
    .filter((s) => (filters.sectors === null || filters.sectors.has(s.id)) && (counts.get(s.id) ?? 0) > 0)
    .map((s) => ({ label: localize(s.label, lang) || s.id, color: s.color, count: counts.get(s.id) ?? 0 }));
  const title = localize(dataset.title, lang) || strings.sectors;
  return { title, entries, footer: strings.linksShown(shown, dataset.links.length) };
}

/** Offers a file to the reader as a download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
