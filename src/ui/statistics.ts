import { css, html, nothing, type TemplateResult } from 'lit';
import type { DataSet, Place } from '../data/model.js';
import { UNSPECIFIED_SECTOR_DEFAULTS } from '../data/sectors.js';
import {
  dataSetSummary,
  placeStatistics,
  type DataSetSummary,
  type PlaceStatistics,
  type Shown,
  type Tally,
} from '../filters/statistics.js';
import { formatCount } from '../i18n/strings.js';
import { statisticsTexts, type StatisticsTexts } from '../i18n/statistics-texts.js';
import { cssomStyle } from './cssom-style.js';
import { dataText } from './names.js';

// The statistics of the links shown, as markup: a place's (in its details panel) and the data
// set's (above the table). A place's counts are tables with a caption and column headers, the
// names in row headers; the summary's country pairs are an ordered list (in the table view, every
// table is taken for the table of links). Every text from the data goes through `dataText` (a
// text node), none through innerHTML.

/** What the statistics count: the data set, the links the filters show, and the country of each place. */
export interface StatisticsInput {
  dataset: DataSet;
  shown: Shown;
  /** By place index: an ISO 3166-1 code, or null where no country was found. */
  countryOf: readonly (string | null)[];
  /** Changes exactly when the filters do (`ElementState.filtersKey`): the counts are made again only then. */
  filtersKey: string;
  lang: string;
}

/**
 * The last statistics counted per data set: the panel renders again on every hover, and counting
 * 16,000 links each time would make the pointer lag.
 */
class LastCount<T> {
  readonly #kept = new WeakMap<DataSet, { key: string; countryOf: StatisticsInput['countryOf']; value: T }>();

  get(input: StatisticsInput, key: string, count: () => T): T {
    const kept = this.#kept.get(input.dataset);
    const fullKey = `${key}|${input.filtersKey}`;
    if (kept?.key === fullKey && kept.countryOf === input.countryOf) return kept.value;
    const value = count();
    this.#kept.set(input.dataset, { key: fullKey, countryOf: input.countryOf, value });
    return value;
  }
}

const PLACE_COUNTS = new LastCount<PlaceStatistics>();
const SUMMARY_COUNTS = new LastCount<DataSetSummary>();

/** Id of the statistics' heading in a place's panel (one panel per shadow root). */
const PLACE_HEADING_ID = 'coop-statistics-heading';
const SUMMARY_HEADING_ID = 'coop-summary-heading';
const PAIRS_HEADING_ID = 'coop-summary-pairs';

export const statisticsStyles = css`
  .statistics {
    margin-top: 6px;
  }
  .statistics table {
    border-collapse: collapse;
    margin: 6px 0 2px;
    min-width: 16em;
  }
  .statistics caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 2px;
  }
  .statistics th,
  .statistics td {
    padding: 1px 8px 1px 0;
    text-align: start;
    font-weight: normal;
    vertical-align: baseline;
  }
  .statistics thead th {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .statistics td,
  .statistics th.count {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .statistics .swatch {
    display: inline-block;
    vertical-align: -2px;
    margin-inline-end: 5px;
  }
  .statistics .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin: 4px 0;
  }
  .statistics .totals dt {
    color: var(--_muted);
  }
  .statistics .totals div {
    display: flex;
    gap: 5px;
  }
  .statistics .totals dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  /* Above the table view's table, whose rules would otherwise reach these tables too. */
  .table-view .statistics.summary {
    padding: 8px 10px 4px;
    border-bottom: 1px solid var(--_border);
  }
  .statistics.summary h2 {
    font-size: 1em;
    margin: 0;
  }
  .statistics.summary h3 {
    font-size: 1em;
    margin: 6px 0 2px;
  }
  .statistics .pairs {
    margin: 0;
    padding-inline-start: 1.6em;
    list-style: decimal;
  }
  .statistics .pairs li {
    display: list-item;
  }
  .statistics .pairs li > span {
    display: inline-block;
  }
  .statistics .pairs .pair {
    min-width: 16em;
  }
  .statistics .pairs .count {
    min-width: 4em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;

/** A country's name in the language, from its ISO code (Intl.DisplayNames), else the code. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A table of counts: caption, two column headers, a row header and a count per row. */
function countTable(
  caption: string,
  columns: [string, string],
  rows: readonly { name: TemplateResult | string; count: number; key: string }[],
  lang: string,
  kind: string,
): TemplateResult {
  return html`<table data-statistics=${kind}>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${columns[0]}</th>
        <th scope="col" class="count">${columns[1]}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr data-key=${row.key}>
            <th scope="row">${row.name}</th>
            <td>${formatCount(row.count, lang)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function countryRows(countries: readonly Tally<string | null>[], texts: StatisticsTexts, lang: string) {
  return countries.map(({ key, count }) => ({
    key: key ?? '',
    name: key === null ? texts.noCountry : countryName(key, lang),
    count,
  }));
}

function sectorRows(dataset: DataSet, sectors: readonly Tally<string>[], lang: string) {
  return sectors.map(({ key, count }) => {
    const sector = dataset.sectors.find((s) => s.id === key);
    const color = sector?.color ?? UNSPECIFIED_SECTOR_DEFAULTS.color;
    const name = html`<span class="swatch" ${cssomStyle({ '--_swatch': color })}></span>${dataText(
        sector?.label,
        lang,
        key,
      )}`;
    return { key, name, count };
  });
}

/**
 * A place's statistics under the links shown: its partners and links, its rank by partners,
 * partners by country (the top ten, the rest summed), links by sector (the legend's colors and
 * names) and by decade of `since`.
 */
export function renderPlaceStatistics(
  given: Omit<StatisticsInput, 'countryOf'> & {
    place: Place;
    sectors: ReadonlySet<string> | null;
    /** Null while the countries of the places are being found: the section says it is counting. */
    countryOf: StatisticsInput['countryOf'] | null;
  },
): TemplateResult {
  const { dataset, lang } = given;
  const texts = statisticsTexts(lang);
  const countryOf = given.countryOf;
  if (!countryOf) return statisticsSection(texts, html`<p class="muted" data-counting>${texts.counting}</p>`);
  const input = { ...given, countryOf };
  const stats = PLACE_COUNTS.get(input, String(input.place.index), () =>
    placeStatistics(dataset, input.place.index, input.shown, input.countryOf, input.sectors),
  );
  const n = (value: number) => formatCount(value, lang);
  const body =
    stats.rank === null
      ? html`<p>${texts.noLinksShown}</p>`
      : html`<dl class="totals">
            <div>
              <dt>${texts.partners}</dt>
              <dd data-total="partners">${n(stats.partners)}</dd>
            </div>
            <div>
              <dt>${texts.links}</dt>
              <dd data-total="links">${n(stats.links)}</dd>
            </div>
          </dl>
          <p class="rank">${texts.rank(n(stats.rank), n(stats.ranked), stats.rank)}</p>
          ${countTable(
            texts.partnersByCountry,
            [texts.country, texts.partners],
            [
              ...countryRows(stats.countries, texts, lang),
              ...(stats.otherCountries.countries > 0
                ? [
                    {
                      key: 'other',
                      name: texts.otherCountries(n(stats.otherCountries.countries)),
                      count: stats.otherCountries.partners,
                    },
                  ]
                : []),
            ],
            lang,
            'countries',
          )}
          ${countTable(
            texts.linksBySector,
            [texts.sector, texts.links],
            sectorRows(dataset, stats.sectors, lang),
            lang,
            'sectors',
          )}
          ${countTable(
            texts.linksByDecade,
            [texts.decade, texts.links],
            stats.decades.map(({ key, count }) => ({
              key: key === null ? '' : String(key),
              name: key === null ? texts.noYear : texts.decadeName(key),
              count,
            })),
            lang,
            'decades',
          )}`;
  return statisticsSection(
    texts,
    html`<p class="muted">${texts.followsFilters}</p>
      ${body}`,
  );
}

function statisticsSection(texts: StatisticsTexts, content: TemplateResult): TemplateResult {
  return html`<section class="statistics" aria-labelledby=${PLACE_HEADING_ID}>
    <h3 id=${PLACE_HEADING_ID}>${texts.heading}</h3>
    ${content}
  </section>`;
}

/** The data set's links, places and countries under the links shown, and its top five country pairs. */
export function renderDataSetSummary(input: StatisticsInput): TemplateResult {
  const { dataset, lang } = input;
  const texts = statisticsTexts(lang);
  const summary = SUMMARY_COUNTS.get(input, '', () => dataSetSummary(dataset, input.shown, input.countryOf));
  const n = (value: number) => formatCount(value, lang);
  const totals: [string, string, number][] = [
    ['links', texts.links, summary.links],
    ['places', texts.places, summary.places],
    ['countries', texts.countries, summary.countries],
  ];
  return html`<section class="statistics summary" aria-labelledby=${SUMMARY_HEADING_ID}>
    <h2 id=${SUMMARY_HEADING_ID}>${texts.summary}</h2>
    <p class="muted">${texts.followsFilters}</p>
    <dl class="totals">
      ${totals.map(
        ([key, label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd data-total=${key}>${n(value)}</dd>
          </div>`,
      )}
    </dl>
    ${
      summary.topPairs.length > 0
        ? html`<h3 id=${PAIRS_HEADING_ID}>${texts.topPairs}</h3>
            <ol class="pairs" aria-labelledby=${PAIRS_HEADING_ID}>
              ${summary.topPairs.map(
                ({ countries: [a, b], links }) =>
                  html`<li data-pair=${`${a}-${b}`}>
                    <span class="pair">${countryName(a, lang)} – ${countryName(b, lang)}</span>
                    <span class="count" data-count=${links}>${n(links)}</span>
                  </li>`,
              )}
            </ol>`
        : nothing
    }
  </section>`;
}
