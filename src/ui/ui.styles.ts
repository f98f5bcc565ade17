import { css } from 'lit';

/**
 * Styles of the tooltip, the details panel and the timeline. They build on the component's
 * `.panel` and `.swatch` rules and its private colors (`--_fg`, `--_bg`, `--_border`, `--_muted`,
 * `--_accent`), so the light and dark themes and the `--coop-map-*` overrides apply here too.
 */
export const uiStyles = css`
  /* ---- shared ---- */
  :host {
    /* Height of the timeline bar; the details panel, its sibling, stands above it. */
    --_timeline-height: 44px;
  }
  .sector-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
  }
  .sector-list li {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .muted {
    color: var(--_muted);
  }

  /* ---- tooltip ---- */
  .tooltip {
    /* Placed by inline left/right/top/bottom and capped by inline max sizes (see tooltipPlacement). */
    z-index: 3;
    pointer-events: none;
    overflow: hidden;
    width: max-content;
    padding: 6px 8px;
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .tooltip-title {
    font-weight: 600;
    margin-bottom: 3px;
  }
  .tooltip-facts {
    color: var(--_muted);
    margin-top: 3px;
  }

  /* ---- details panel ---- */
  .details {
    z-index: 2;
    left: 10px;
    bottom: 10px;
    width: max-content;
    max-width: 45%;
    min-width: min(240px, calc(100% - 20px));
    max-height: calc(100% - 20px);
    overflow: auto;
    overscroll-behavior: contain;
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  /* With the timeline along the bottom, the panel stands above it instead of covering it. */
  .timeline ~ .details {
    bottom: calc(var(--_timeline-height) + 20px);
    max-height: calc(100% - var(--_timeline-height) - 30px);
  }
  .details-header {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .details h2 {
    font-size: 1.08em;
    margin: 0;
    flex: 1;
  }
  .details h2:focus {
    outline: none;
  }
  .details h2:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .details h3 {
    font-size: 1em;
    margin: 10px 0 3px;
  }
  .details p {
    margin: 4px 0;
  }
  .details .note {
    white-space: pre-line;
  }
  .details .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 10px;
    margin: 6px 0 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details .activities {
    margin: 0;
  }
  .details .activities dt {
    font-weight: 600;
    color: var(--_fg);
    font-variant-numeric: tabular-nums;
    margin-top: 4px;
  }
  .details .activities ul,
  .details .sources {
    margin: 0;
    padding-inline-start: 18px;
  }
  .details a {
    color: var(--_accent);
  }
  .details .url {
    color: var(--_muted);
    font-family: ui-monospace, monospace;
    font-size: 0.92em;
  }
  .details button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    width: 24px;
    height: 24px;
    padding: 0;
    background: none;
    border: 1px solid transparent;
    border-radius: 4px;
  }
  .close:hover {
    border-color: var(--_border);
  }
  .place-links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .link-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    text-align: start;
    background: none;
    border: 0;
    border-radius: 4px;
    padding: 3px 4px;
  }
  .link-button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .link-button[data-hidden] .link-name {
    color: var(--_muted);
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
  .timeline button:disabled {
    color: var(--_muted);
    cursor: default;
    opacity: 0.7;
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

  /* ---- focus ---- */
  .details button:focus-visible,
  .details a:focus-visible,
  .timeline button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
`;
