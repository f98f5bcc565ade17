import { html, nothing, type TemplateResult } from 'lit';
import type { LoadPhase } from '../controllers/data-loader.js';
import type { UiStrings } from '../i18n/strings.js';
import type { LoadProgress } from '../load/fetch.js';

export { renderProblemsNotice } from './problems-notice.js';

export interface NoticeProps {
  phase: LoadPhase;
  progress: LoadProgress | null;
  error: string | null;
  strings: UiStrings;
}

/** Loading progress while a data set loads and draws, or why it could not be loaded. */
export function renderNotice({ phase, progress, error, strings }: NoticeProps): TemplateResult | typeof nothing {
  if (phase === 'error' && error) {
    return html`<div class="panel notice error" part="notice" role="alert">
      <strong>${strings.loadFailed}</strong>
      <div>${error}</div>
    </div>`;
  }
  if (phase !== 'loading' && phase !== 'drawing') return nothing;
  // While the map draws there is no measure of progress: the bar shows as indeterminate.
  const p = phase === 'drawing' ? null : progress;
  const text =
    phase === 'drawing'
      ? strings.drawing
      : p === null
        ? strings.loading
        : p.what === 'geodata' || p.what === 'regions'
          ? strings.loadingGeodata
          : p.what === 'parse' || p.what === 'validate'
            ? strings.checking
            : strings.loading;
  return html`<div class="panel notice" part="notice" role="status">
    ${text}
    <progress max=${p?.total ?? nothing} value=${p?.total ? p.loaded : nothing}></progress>
  </div>`;
}
