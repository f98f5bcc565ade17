// The gallery: the seed data set with its story and sources, the Wikidata twinning pairs when
// the site was built beside ../shared/data (the build leaves it out otherwise), and a small
// spreadsheet export as Excel saves it (semicolons, a byte order mark, CRLF line ends), made here.
import { html, nothing, render } from 'lit';
import { localize } from '../../src/i18n/strings.js';

export interface Example {
  id: string;
  label: string;
  /** Where the element reads it; for `excel`, made in the page. */
  url: string | null;
  columns?: string;
  /** The snippet's src for it. */
  snippetSrc: string;
}

const DEV = import.meta.env.DEV;

export const SEED: Example = {
  id: 'seed',
  label: 'Russian regions with Korea and Kazakhstan (the seed data set)',
  url: DEV ? '../data/seed.json' : './data/seed.json',
  snippetSrc: 'dist/data/seed.json',
};

/** The columns of the Wikidata export, renamed to the documented ones. */
const WIKIDATA_COLUMNS =
  'origincityLabel:source_name, origincountry:source_country, originlat:source_lat, originlong:source_lon, ' +
  'sistercityLabel:target_name, destination_countryLabel:target_country, destinationlat:target_lat, ' +
  'destinationlong:target_lon';

export const WIKIDATA: Example = {
  id: 'wikidata',
  label: 'Twinned cities of the EU, from Wikidata (24,926 pairs)',
  url: DEV ? '/@shared/data/wikidata-sister-cities-eu.tsv' : './data/wikidata-sister-cities-eu.tsv',
  columns: WIKIDATA_COLUMNS,
  snippetSrc: 'wikidata-sister-cities-eu.tsv',
};

export const EXCEL: Example = {
  id: 'excel',
  label: 'A spreadsheet saved as CSV by Excel (Russian headers, two rows with problems)',
  url: null,
  snippetSrc: 'your-file.csv',
};

/** An international-relations office's table, as Excel's "CSV (semicolon)" writes it. */
export function excelExport(): File {
  const rows = [
    'Источник;Цель;Сферы;С;По;Статус;Название',
    'RU-IRK;KR-47;culture;1996;;active;Иркутская область и Кёнсан-Пукто',
    'RU-SVE;KZ-75;economy;2010;;active;Свердловская область и Алматы',
    'RU-IRK;KR-4777;culture;2001;;;опечатка в коде',
    'RU-SVE;KR-41;culture;2005;2019;завершено;Свердловская область и Кёнгидо',
    'RU-IRK;KZ-39;economy;12.05.2000;;suspended;Иркутская область и Костанай',
    'RU-SVE;KZ-59;tourism;2015;;planned;Свердловская область и Северный Казахстан',
  ];
  const text = '\uFEFF' + rows.map((row) => `${row}\r\n`).join('');
  return new File([text], 'excel-export.csv', { type: 'application/vnd.ms-excel' });
}

/** The examples this site has: the Wikidata file only where the build (or dev server) found it. */
export async function availableExamples(): Promise<Example[]> {
  const examples = [SEED, EXCEL];
  try {
    const response = await fetch(WIKIDATA.url!, { method: 'HEAD' });
    if (response.ok) examples.splice(1, 0, WIKIDATA);
  } catch {
    // Not beside this build: left out.
  }
  return examples;
}

interface SeedFile {
  title?: Record<string, string>;
  description?: Record<string, string>;
  links?: { sources?: { title?: string; url?: string }[] }[];
}

/** The seed data set's story: what it is, and the texts every link cites. */
export async function renderStory(container: HTMLElement, example: Example | null, lang: string): Promise<void> {
  if (example?.id !== 'seed' || !example.url) {
    container.hidden = true;
    render(nothing, container);
    return;
  }
  const seed = (await (await fetch(example.url)).json()) as SeedFile;
  const sources = new Map<string, string | undefined>();
  for (const link of seed.links ?? []) for (const s of link.sources ?? []) if (s.title) sources.set(s.title, s.url);
  render(
    html`<h3>${localize(seed.title, lang)}</h3>
      <p>${localize(seed.description, lang)}</p>
      <details>
        <summary>The ${sources.size} sources its links cite</summary>
        <ul>
          ${[...sources].map(([title, url]) => html`<li>${url ? html`<a href=${url}>${title}</a>` : title}</li>`)}
        </ul>
      </details>`,
    container,
  );
  container.hidden = false;
}
