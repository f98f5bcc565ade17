import { css } from 'lit';

/**
 * Styles of the details panel, adopted into the shadow root when it first shows (with
 * `tooltipStyles`, for the sector list and muted text); like ui.styles.ts, they build on the
 * component's `.panel` rules and private colors.
 */
export const detailsStyles = css`
  .details {
    z-index: 2;
    left: 10px;
    bottom: 10px;
    width: max-content;
    max-width: 45%;
    min-width: min(240px, calc(100% - 20px));
    /* Below the toolbar and the problems notice (top left, to 94px), never over them. */
    max-height: calc(100% - 104px);
    overflow: auto;
    overscroll-behavior: contain;
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  /* With the timeline along the bottom, the panel stands above it instead of covering it. */
  .details.above-timeline {
    bottom: calc(var(--_timeline-height) + 20px);
    max-height: calc(100% - var(--_timeline-height) - 114px);
  }
  /* Where the element is narrow the panel covers it (the rest is inert meanwhile), so that nothing
     the focus reaches is hidden under it (WCAG 2.4.11). */
  .details.sheet {
    z-index: 5;
    inset: 10px;
    width: auto;
    max-width: none;
    min-width: 0;
    max-height: none;
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
    width: 28px;
    height: 28px;
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
  .details button:focus-visible,
  .details a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
`;
