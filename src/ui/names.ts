import { html, nothing, type TemplateResult } from 'lit';
import type { DataSet, Link, Place } from '../data/model.js';
import type { LocalizedText } from '../data/types.js';
import { formatYearSpan, localize, localizeIn, type UiStrings } from '../i18n/strings.js';

// How links and places are named in text: the tooltip, the details panel, the table and the
// keyboard cursor's announcements all say them the same way.

/** A place's name in the language, falling back to its id. */
export function placeName(place: Place | undefined, id: string, lang: string): string {
  return (place && localize(place.name, lang)) || id;
}

/** Both ends of a link, `Irkutsk Oblast ↔ Gyeongsangbuk-do`: a relation has no direction. */
export function linkPlaces(dataset: DataSet, link: Link, lang: string): string {
  const source = placeName(dataset.places[link.sourceIndex], link.source, lang);
  const target = placeName(dataset.places[link.targetIndex], link.target, lang);
  return `${source} ↔ ${target}`;
}

/**
 * A text of the data as markup: isolated in a `<bdi>` (a right-to-left name, or an override
 * character in one, cannot reorder what stands beside it), and marked with its language where it
 * is not the reader's, so that a screen reader says it in that language (WCAG 3.1.2).
 */
export function dataText(
  text: LocalizedText | null | undefined,
  lang: string,
  fallback = '',
  className?: string,
): TemplateResult {
  const found = localizeIn(text, lang);
  const other = found.text && found.lang && found.lang.split('-')[0] !== lang.split('-')[0]!.toLowerCase();
  return html`<bdi class=${className ?? nothing} lang=${other ? found.lang! : nothing}>${found.text || fallback}</bdi>`;
}

/** A place's name as markup (see dataText), falling back to its id. */
export function renderPlaceName(place: Place | undefined, id: string, lang: string): TemplateResult {
  return dataText(place?.name, lang, id);
}

/** Both ends of a link as markup, each name in its own isolate, marked with its language. */
export function renderLinkPlaces(dataset: DataSet, link: Link, lang: string): TemplateResult {
  const source = renderPlaceName(dataset.places[link.sourceIndex], link.source, lang);
  const target = renderPlaceName(dataset.places[link.targetIndex], link.target, lang);
  return html`${source} ↔ ${target}`;
}

/** Link types and place kinds the strings know are translated; any other word is shown as written. */
export function typeName(type: string, strings: UiStrings): string {
  return ownEntry(strings.typeNames, type) ?? type;
}

export function kindName(kind: string, strings: UiStrings): string {
  return ownEntry(strings.kindNames, kind) ?? kind;
}

/** Own keys only: a type named "constructor" or "toString" must not pick up Object's members. */
function ownEntry(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** What a link is, in words: type, status and years, `twinned · active · since 1996`. */
export function linkFacts(link: Link, strings: UiStrings): string {
  const years = formatYearSpan(link.since, link.until, strings);
  return [typeName(link.type, strings), strings.statusNames[link.status], years].filter(Boolean).join(' · ');
}

/** A link's sectors by their labels in the language, `Culture, Education`. */
export function sectorNames(dataset: DataSet, link: Link, lang: string): string {
  return link.sectors.map((id) => localize(dataset.sectors.find((s) => s.id === id)?.label, lang) || id).join(', ');
}
