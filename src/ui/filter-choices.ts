import { css, html, nothing, type TemplateResult } from 'lit';
import type { DataView } from '../filters/data-view.js';
import type { FilterState } from '../filters/filters.js';
import { formatCount, type UiStrings } from '../i18n/strings.js';
import { typeName } from './names.js';

/**
 * The legend's choices of `types` and `countries`, a chunk of their own (see
 * src/controllers/filter-choices.ts): a toggle per link type, as the sector toggles are, and the
 * list of the data's countries, each a checkbox with its number of links under the other filters.
 * Nothing checked shows every country. Escape closes the list. Text is rendered as text only.
 */
export const partStyles = [
  css`
    .type-toggles {
      margin-top: 6px;
    }
    .type-toggles h3,
    .country-list h3 {
      font-size: 0.92em;
      font-weight: 600;
      margin: 0 0 2px;
    }
    .country-choice {
      margin-top: 6px;
    }
    .country-list {
      margin-top: 4px;
      border-top: 1px solid var(--_border);
      padding-top: 4px;
    }
    .country-list p {
      margin: 0 0 4px;
      color: var(--_muted);
    }
    .country-list ul {
      max-height: 180px;
      overflow: auto;
    }
    .country-list label {
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 26px;
      padding: 0 4px;
      border-radius: 4px;
      cursor: pointer;
    }
    .country-list label:hover {
      background: color-mix(in srgb, var(--_accent) 12%, transparent);
    }
    .country-list input {
      margin: 0;
      width: 16px;
      height: 16px;
      accent-color: var(--_accent);
    }
    .country-list input:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    .country-list .all {
      margin-top: 4px;
    }
  `,
];

interface ChoiceProps {
  view: DataView;
  filters: FilterState;
  strings: UiStrings;
  lang: string;
}

const COUNTRY_LIST_ID = 'coop-country-list';

/**
 * The type toggles (when the data has more than one type) and the country button, which opens
 * and closes the list of countries (a disclosure: `aria-expanded`, `aria-controls`).
 */
export function renderChoices(
  props: ChoiceProps & {
    types: readonly string[];
    open: boolean;
    finding: boolean;
    onToggleType: (type: string) => void;
    onToggleOpen: () => void;
    onToggleCountry: (code: string) => void;
    onAll: () => void;
    onClose: () => void;
  },
): TemplateResult {
  const { strings, lang, open } = props;
  const chosen = props.filters.countries?.size ?? 0;
  return html`${props.types.length > 1 ? renderTypes(props) : nothing}
    <div class="country-choice">
      <button
        type="button"
        class="export country-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${COUNTRY_LIST_ID}
        @click=${props.onToggleOpen}
      >
        ${chosen > 0 ? strings.countriesChosen(formatCount(chosen, lang)) : strings.countries}
      </button>
      ${open ? renderCountries(props) : nothing}
    </div>`;
}

/** A toggle per link type (pressed: shown), most links first, each with its links under the other filters. */
function renderTypes(
  props: ChoiceProps & { types: readonly string[]; onToggleType: (type: string) => void },
): TemplateResult {
  const { view, filters, strings, lang } = props;
  const counts = view.index.countByType(filters);
  return html`<div class="type-toggles" role="group" aria-labelledby="coop-types-heading">
    <h3 id="coop-types-heading">${strings.linkTypes}</h3>
    <ul>
      ${props.types.map((type) => {
        const pressed = !filters.types || filters.types.has(type);
        return html`<li>
          <button
            type="button"
            class="sector-toggle type-toggle"
            aria-pressed=${pressed ? 'true' : 'false'}
            data-type=${type}
            @click=${() => props.onToggleType(type)}
          >
            <span class="check" aria-hidden="true">✓</span>
            <span class="label">${typeName(type, strings)}</span>
            <span class="count">${formatCount(counts.get(type) ?? 0, lang)}</span>
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}

/** Country names in the reader's language (the browser knows them), else the code. */
function countryNamer(lang: string): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang || 'en', 'en'], { type: 'region', fallback: 'code' });
  } catch {
    names = null;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** The data's countries with their links and a checkbox each, the chosen ones first. */
function renderCountries(
  props: ChoiceProps & {
    finding: boolean;
    onToggleCountry: (code: string) => void;
    onAll: () => void;
    onClose: () => void;
  },
): TemplateResult {
  const { view, filters, strings, lang } = props;
  const counts = view.index.countByCountry(filters);
  const chosen = filters.countries ?? new Set<string>();
  const codes = [...chosen].filter((code) => !counts.has(code)).concat([...counts.keys()]);
  const name = countryNamer(lang);
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The list's Escape: not the element's (which would close the details panel).
    event.preventDefault();
    event.stopPropagation();
    props.onClose();
  };
  return html`<div
    class="country-list"
    id=${COUNTRY_LIST_ID}
    role="group"
    aria-labelledby="coop-countries-heading"
    @keydown=${keydown}
  >
    <h3 id="coop-countries-heading">${strings.countries}</h3>
    <p>${props.finding ? strings.countriesFinding : strings.countriesHint}</p>
    <ul>
      ${codes.map(
        (code) =>
          html`<li>
            <label>
              <input
                type="checkbox"
                data-country=${code}
                .checked=${chosen.has(code)}
                @change=${() => props.onToggleCountry(code)}
              />
              <span class="label">${name(code)}</span>
              <span class="count">${formatCount(counts.get(code) ?? 0, lang)}</span>
            </label>
          </li>`,
      )}
    </ul>
    ${
      chosen.size > 0
        ? html`<button type="button" class="export all" @click=${props.onAll}>${strings.countriesAll}</button>`
        : nothing
    }
  </div>`;
}
