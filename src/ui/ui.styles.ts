import { css } from 'lit';

/**
 * Styles of the timeline (the tooltip's and the details panel's come with them, when they are
 * first shown: see tooltip.styles.ts and details-panel.styles.ts). They build on the component's
 * `.panel` and `.swatch` rules and its private colors (`--_fg`, `--_bg`, `--_border`, `--_muted`,
 * `--_accent`), so the light and dark themes and the `--coop-map-*` overrides apply here too.
 */
export const uiStyles = css`
  :host {
    /* Height of the timeline bar; the details panel, its sibling, stands above it. */
    --_timeline-height: 44px;
  }
  /* ---- timeline ---- */
  .timeline {
    --_thumb: 16px;
    z-index: 1;
    left: 50%;
    bottom: 10px;
    transform: translateX(-50%);
    width: min(520px, calc(100% - 20px));
    height: var(--_timeline-height);
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 4px 8px;
    overflow: visible;
  }
  .timeline button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
    flex: none;
  }
  .timeline button:disabled,
  .timeline button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  .play {
    display: grid;
    place-items: center;
    width: 28px;
    height: 28px;
    padding: 0;
  }
  .play[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
    border-color: var(--_accent);
  }
  .all-years {
    padding: 3px 8px;
    min-height: 28px;
    white-space: nowrap;
  }
  .years-text {
    flex: none;
    min-width: 7ch;
    text-align: center;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .year-slider {
    position: relative;
    flex: 1;
    min-width: 100px;
    height: 24px;
  }
  .track {
    position: absolute;
    left: 0;
    right: 0;
    top: 50%;
    height: 4px;
    transform: translateY(-50%);
    border-radius: 2px;
    background: var(--_border);
  }
  .track-fill {
    position: absolute;
    top: 0;
    bottom: 0;
    border-radius: 2px;
    background: var(--_accent);
    left: calc(var(--_thumb) / 2 + (100% - var(--_thumb)) * var(--_a));
    right: calc(var(--_thumb) / 2 + (100% - var(--_thumb)) * (1 - var(--_b)));
  }
  /* While playing, the fill slides to the next step; never when the reader prefers less motion. */
  .year-slider.animated .track-fill {
    transition:
      left 300ms ease-out,
      right 300ms ease-out;
  }
  /* Forced colors: the track and the chosen span in the system's colors, not erased. */
  @media (forced-colors: active) {
    .track {
      background: GrayText;
    }
    .track-fill {
      background: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .year-slider.animated .track-fill {
      transition: none;
    }
  }
  /* Two inputs share one track: only their thumbs take the pointer, so both can be grabbed. */
  .year-slider input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    background: transparent;
    appearance: none;
    -webkit-appearance: none;
    pointer-events: none;
  }
  .year-slider input.from {
    z-index: 1;
  }
  .year-slider input.to {
    z-index: 2;
  }
  .year-slider.from-on-top input.from {
    z-index: 3;
  }
  /* The same thumb for Chromium/WebKit and for Firefox, in two rules: a selector list holding a
     pseudo-element the browser does not know is dropped whole. */
  .year-slider input::-webkit-slider-thumb {
    -webkit-appearance: none;
    appearance: none;
    pointer-events: auto;
    width: var(--_thumb);
    height: var(--_thumb);
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
    box-sizing: border-box;
    cursor: pointer;
  }
  .year-slider input::-moz-range-thumb {
    pointer-events: auto;
    width: var(--_thumb);
    height: var(--_thumb);
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
    box-sizing: border-box;
    cursor: pointer;
  }
  .year-slider input:disabled::-webkit-slider-thumb {
    border-color: var(--_muted);
    cursor: default;
  }
  /* The ring goes on the focused thumb, not around the shared track, so it tells the two apart. */
  .year-slider input:focus-visible {
    outline: none;
  }
  .year-slider input:focus-visible::-webkit-slider-thumb {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    background: var(--_accent);
  }
  .year-slider input:focus-visible::-moz-range-thumb {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    background: var(--_accent);
  }
  /* Narrow: the timeline takes two rows (the slider under its buttons). */
  @container (width < 560px) {
    :host {
      /* The bar's two rows and the credits' row under it. */
      --_timeline-height: 106px;
    }
    .timeline {
      /* Above MapLibre's credits button, which the full-width bar would cover. */
      bottom: 40px;
      flex-wrap: wrap;
      height: auto;
      min-height: 0;
    }
    .year-slider {
      flex: 1 0 100%;
      order: 3;
    }
  }
  /* ---- toolbar: view switch and zoom ---- */
  .toolbar {
    position: absolute;
    z-index: 1;
    top: 10px;
    left: 10px;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .tool-group {
    display: flex;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15);
  }
  .tool {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-radius: 5px;
    min-width: 28px;
    min-height: 28px;
    padding: 2px 8px;
    cursor: pointer;
  }
  .tool[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .tool:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .tool.zoom {
    font-size: 1.15em;
    line-height: 1;
    padding: 2px 6px;
  }
  /* ---- focus: a ring of the accent color with a ring of the panel color around it, visible
     on any background ---- */
  .tool:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_bg);
  }
  /* ---- focus ---- */
  .timeline button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
`;
