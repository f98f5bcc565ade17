import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';

export type ViewName = 'map' | 'table';

export interface ToolbarProps {
  view: ViewName;
  /** False where the map cannot be drawn: the table is then the only view. */
  mapAvailable: boolean;
  strings: UiStrings;
  onView: (view: ViewName) => void;
  onZoom: (action: 'in' | 'out' | 'fit') => void;
}

/**
 * The switch between the map and the table, and the map's zoom buttons (zoom is also on the
 * keyboard and the wheel; buttons serve a pointer that cannot pinch or scroll).
 */
export function renderToolbar(props: ToolbarProps): TemplateResult {
  const { view, strings } = props;
  const viewButton = (name: ViewName, label: string) =>
    html`<button
      type="button"
      class="tool"
      data-view=${name}
      aria-pressed=${view === name ? 'true' : 'false'}
      ?disabled=${name === 'map' && !props.mapAvailable}
      @click=${() => props.onView(name)}
    >
      ${label}
    </button>`;
  const zoomButton = (action: 'in' | 'out' | 'fit', label: string, glyph: string) =>
    html`<button
      type="button"
      class="tool zoom"
      data-zoom=${action}
      aria-label=${label}
      title=${label}
      @click=${() => props.onZoom(action)}
    >
      <span aria-hidden="true">${glyph}</span>
    </button>`;
  return html`<div class="toolbar" part="toolbar">
    <div class="tool-group" role="group" aria-label=${strings.view}>
      ${viewButton('map', strings.viewMap)} ${viewButton('table', strings.viewTable)}
    </div>
    ${
      view === 'map' && props.mapAvailable
        ? html`<div class="tool-group" role="group" aria-label=${strings.zoomIn}>
            ${zoomButton('in', strings.zoomIn, '+')} ${zoomButton('out', strings.zoomOut, '−')}
            ${zoomButton('fit', strings.zoomFit, '⤢')}
          </div>`
        : nothing
    }
  </div>`;
}
