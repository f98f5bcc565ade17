import { css } from 'lit';

/**
 * Styles of the table view: they come with its chunk and are adopted into the shadow root when
 * it is first shown. Like ui.styles.ts, they build on the component's `.panel` rule and private
 * colors.
 */
export const tableStyles = css`
  .table-view {
    z-index: 1;
    top: 52px;
    left: 10px;
    right: calc(min(260px, 45%) + 20px);
    bottom: calc(var(--_timeline-height) + 20px);
    max-height: none;
    padding: 0;
  }
  /* Below the problems notice (top left, to 94 px) when there is one, not under it. */
  .chrome:has(~ .problems) .table-view {
    top: 94px;
  }
  .table-view table {
    border-collapse: collapse;
    width: 100%;
  }
  .table-note {
    margin: 8px 10px 0;
  }
  .table-view caption {
    text-align: start;
    padding: 6px 10px;
    color: var(--_muted);
  }
  .table-view th,
  .table-view td {
    text-align: start;
    vertical-align: top;
    padding: 4px 8px;
    border-top: 1px solid var(--_border);
    font-weight: normal;
  }
  .table-view thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
    border-top: 0;
    border-bottom: 1px solid var(--_border);
  }
  .table-view button.sort,
  .table-view button.row-select,
  .table-view button.more {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 2px 4px;
    min-height: 24px;
    text-align: start;
    cursor: pointer;
  }
  .table-view button.sort {
    font-weight: 600;
  }
  .table-view button.row-select {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .table-view tr.selected {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  .table-view tr.selected button.row-select {
    font-weight: 600;
  }
  .table-view button.more {
    margin: 6px 10px 10px;
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  .table-view a {
    color: var(--_accent);
  }
  .sort-mark {
    display: inline-block;
    min-width: 1.2em;
    font-size: 0.8em;
  }
  .table-view button:focus-visible,
  .table-view a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_bg);
  }
  /* Narrow: the table takes the width. */
  @container (width < 560px) {
    .table-view {
      top: 96px;
      right: 10px;
    }
  }
`;
