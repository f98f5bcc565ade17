import { css, unsafeCSS } from 'lit';
// MapLibre's stylesheet without the rules for features the element never shows (popups,
// markers, navigation buttons, …), cut at build time by scripts/maplibre-css-plugin.mjs.
import maplibreCss from 'virtual:coop-map/maplibre-gl.css?inline';

/** MapLibre's own rules, adopted inside the shadow root where its controls live. */
export const maplibreStyles = unsafeCSS(maplibreCss);

/** The dark palette: for theme="dark", and for no theme when the reader prefers dark. */
const darkColors = css`
  --_fg: var(--coop-map-color, #e8ebee);
  --_bg: var(--coop-map-panel-background, rgba(24, 30, 37, 0.94));
  --_border: var(--coop-map-border-color, #3d4753);
  --_muted: var(--coop-map-muted-color, #a7b0ba);
  --_accent: var(--coop-map-accent-color, #7db4ff);
`;

export const componentStyles = css`
  :host {
    display: block;
    position: relative;
    height: 480px;
    min-height: 200px;
    overflow: hidden;
    color-scheme: light dark;
    font: var(--coop-map-font, 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_fg: var(--coop-map-color, #1f2328);
    --_bg: var(--coop-map-panel-background, rgba(255, 255, 255, 0.94));
    --_border: var(--coop-map-border-color, #c9ccd1);
    --_muted: var(--coop-map-muted-color, #5b6168);
    --_accent: var(--coop-map-accent-color, #0b61c4);
    color: var(--_fg);
    /* Narrow layouts follow the element's own width, not the page's (see the @container rules). */
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkColors}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkColors}
    }
  }
  .map {
    position: absolute;
    inset: 0;
  }
  /* The canvas takes the focus: its ring is drawn inside it, over the basemap, whose colors the
     accent color stands out from in both themes (whatever the page's background). */
  .map canvas:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  /* MapLibre's attribution button rings itself with a faint glow; it gets the element's ring. */
  .map .maplibregl-ctrl-attrib-button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_bg);
  }
  .panel {
    position: absolute;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15);
    padding: 8px 10px;
    max-height: calc(100% - 24px);
    overflow: auto;
    box-sizing: border-box;
  }
  .legend {
    top: 10px;
    right: 10px;
    max-width: min(260px, 45%);
  }
  .legend h2 {
    font-size: 1em;
    margin: 0 0 4px;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .sector-toggle {
    display: flex;
    align-items: center;
    gap: 6px;
    width: 100%;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-radius: 4px;
    padding: 2px 4px;
    /* Targets of at least 24 × 24 CSS px (WCAG 2.5.8). */
    min-height: 26px;
    text-align: start;
    cursor: pointer;
  }
  .sector-toggle:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .sector-toggle:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .sector-toggle[aria-pressed='false'] {
    color: var(--_muted);
  }
  /* Pressed and not pressed differ by more than the swatch's fill: a check mark, and a line
     through the name of a sector switched off (in forced colors too, where fills are gone). */
  .sector-toggle .check {
    width: 1em;
    flex: none;
    text-align: center;
  }
  .sector-toggle[aria-pressed='false'] .check {
    visibility: hidden;
  }
  .sector-toggle[aria-pressed='false'] .label {
    text-decoration: line-through;
  }
  .legend .fold {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 2px 4px;
    min-height: 28px;
    cursor: pointer;
  }
  .legend .fold:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .fold-mark {
    display: inline-block;
    width: 1.1em;
  }
  .sector-toggle[aria-pressed='false'] .swatch {
    background: transparent !important;
  }
  .swatch {
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 3px;
    /* The sector's color, set through the CSSOM (a strict CSP refuses style attributes). */
    border: 2px solid var(--_swatch, currentColor);
    background: var(--_swatch, transparent);
    box-sizing: border-box;
  }
  /* Forced colors (Windows high contrast) take fills away: the swatches keep the sectors' colors,
     which the map's arcs keep too (a canvas is not recolored), inside a border of the system's. */
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }
  }
  .count {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .status-key {
    margin-top: 6px;
    display: grid;
    grid-template-columns: 28px 1fr;
    gap: 2px 6px;
    align-items: center;
    color: var(--_muted);
  }
  .status-key svg {
    display: block;
  }
  .search {
    position: absolute;
    z-index: 2;
    top: 10px;
    /* Centred, but never over the toolbar on the left. */
    left: max(220px, calc(50% - 130px));
    width: 260px;
    font: 13px/1.35 var(--coop-map-font, system-ui, sans-serif);
  }
  .search.narrow {
    left: 214px;
    right: 10px;
    width: auto;
  }
  .search input {
    box-sizing: border-box;
    width: 100%;
    min-height: 32px;
    padding: 4px 10px;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .search input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_bg);
  }
  .width-key {
    /* Takes the legend's width and wraps: never widens it (fitting the view reserves that width). */
    contain: inline-size;
    margin-top: 6px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 10px;
    color: var(--_muted);
  }
  .width-key-title {
    flex-basis: 100%;
  }
  .width-key-item {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-variant-numeric: tabular-nums;
  }
  .summary {
    margin-top: 6px;
    color: var(--_muted);
  }
  .exports {
    display: flex;
    gap: 6px;
    margin-top: 6px;
  }
  .export {
    font: inherit;
    font-size: 0.92em;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 2px 6px;
    min-height: 26px;
    cursor: pointer;
  }
  .export:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .notice {
    top: 52px;
    left: 10px;
    max-width: min(420px, 60%);
  }
  .notice.error {
    border-color: #c62828;
  }
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 18px;
  }
  progress {
    width: 160px;
    display: block;
    margin-top: 4px;
  }
  @container (width < 560px) {
    .legend {
      top: 52px;
      max-width: calc(100% - 20px);
    }
    .legend.folded {
      padding: 2px 6px;
    }
    .legend h2 {
      margin: 0;
    }
    .notice {
      top: 96px;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
