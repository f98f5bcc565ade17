import { css, html, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';

/**
 * The list of the map's keys, shown by `?`: a chunk of its own, with its styles, loaded the first
 * time it opens. The styles build on the component's `.panel` rule and private colors.
 */
export const partStyles = [
  css`
    .keys {
      z-index: 4;
      top: 52px;
      left: 10px;
      max-width: min(420px, calc(100% - 20px));
    }
    .keys-header {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .keys h2 {
      flex: 1;
      font-size: 1em;
      margin: 0;
    }
    .keys dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 10px;
      margin: 8px 0 0;
    }
    .keys dt,
    .keys dd {
      margin: 0;
    }
    .keys kbd {
      font: inherit;
      font-weight: 600;
    }
    .keys .close {
      font: inherit;
      font-size: 1.2em;
      color: inherit;
      background: none;
      border: 1px solid var(--_border);
      border-radius: 4px;
      min-width: 28px;
      min-height: 28px;
      cursor: pointer;
    }
    .keys .close:focus-visible,
    .keys h2:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
      box-shadow: 0 0 0 4px var(--_bg);
    }
  `,
];

/** The list of the map's keys, shown by `?`. */
export function renderKeysPanel(strings: UiStrings, onClose: () => void): TemplateResult {
  return html`<section class="panel keys" part="keys" aria-labelledby="coop-keys-title">
    <div class="keys-header">
      <h2 id="coop-keys-title" tabindex="-1">${strings.keysTitle}</h2>
      <button type="button" class="close" aria-label=${strings.closeKeys} title=${strings.closeKeys} @click=${onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <dl>
      ${strings.keys.map(
        ([keys, action]) =>
          html`<dt><kbd>${keys}</kbd></dt>
            <dd>${action}</dd>`,
      )}
    </dl>
  </section>`;
}
