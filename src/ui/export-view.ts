import type { FilterState } from '../filters/filters.js';
import { OnDemand } from '../load/on-demand.js';
import type { MapController } from '../map/map-controller.js';
import type { DataView } from '../filters/data-view.js';
import { ENGLISH, formatCount, loadStrings, localize, uiLanguage } from '../i18n/strings.js';
import { linksToCsv } from './export.js';
import type { LegendEntry } from './export-png.js';

/** The legend drawn into a PNG export: the sectors shown with their counts, and the count of links shown. */
export async function pngLegend(
  view: DataView,
  filters: FilterState,
  shown: number,
  lang: string,
): Promise<{ title: string; entries: LegendEntry[]; footer: string }> {
  const strings = await loadStrings(uiLanguage(lang)).catch(() => ENGLISH);
  const { dataset } = view;
  const counts = view.countsBySector(filters);
  const entries = dataset.sectors
    .filter((s) => (filters.sectors === null || filters.sectors.has(s.id)) && (counts.get(s.id) ?? 0) > 0)
    .map((s) => ({ label: localize(s.label, lang) || s.id, color: s.color, count: counts.get(s.id) ?? 0 }));
  const title = localize(dataset.title, lang) || strings.sectors;
  return {
    title,
    entries,
    footer: strings.linksShown(formatCount(shown, lang), formatCount(dataset.links.length, lang)),
  };
}

// Loaded on the first export: a page that never exports a picture need not download it.
const PNG_EXPORT = new OnDemand(() => import('./export-png.js'));

/** The map as drawn now, with its legend drawn in, as a PNG; the panel colors are read from `colorsFrom`. */
export async function exportImage(
  controller: MapController,
  legend: Awaited<ReturnType<typeof pngLegend>>,
  colorsFrom: Element,
): Promise<Blob> {
  const [canvas, { composeMapImage }] = await Promise.all([controller.snapshot(), PNG_EXPORT.load()]);
  const style = getComputedStyle(colorsFrom);
  const colors = {
    background: style.getPropertyValue('--_bg') || '#ffffff',
    text: style.getPropertyValue('--_fg') || '#1f2328',
    border: style.getPropertyValue('--_border') || '#c9ccd1',
  };
  const image = composeMapImage(
    canvas,
    legend,
    colors,
    canvas.width / Math.max(1, controller.map.getCanvas().clientWidth),
  );
  return new Promise((resolve, reject) =>
    image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

/** The links of `ids` as CSV text, in the documented columns (loads back as it is). */
export function visibleLinksCsv(view: DataView, ids: readonly string[], lang: string): string {
  const shown = new Set(ids);
  return linksToCsv(
    view.dataset,
    view.dataset.links.filter((l) => shown.has(l.id)),
    lang,
  );
}

/** Offers the view as a PNG, or the links shown as CSV, to the reader as a download. */
export function downloadExport(format: 'png' | 'csv', from: { exportPng(): Promise<Blob>; exportCsv(): string }): void {
  if (format === 'png') void from.exportPng().then((blob) => download('coop-map.png', blob));
  else download('coop-map-links.csv', new Blob([from.exportCsv()], { type: 'text/csv;charset=utf-8' }));
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
