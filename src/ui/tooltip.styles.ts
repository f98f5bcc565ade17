import { css } from 'lit';

/**
 * Styles of the tooltip, and the sector list and muted text it shares with the details panel.
 * They come with the tooltip's chunk and are adopted into the shadow root when it first shows;
 * like ui.styles.ts, they build on the component's `.panel` and `.swatch` rules and private colors.
 */
export const tooltipStyles = css`
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

  .tooltip {
    /* Placed by inline left/right/top/bottom and capped by inline max sizes (see tooltipPlacement). */
    z-index: 3;
    /* The pointer can move onto it and read it (WCAG 1.4.13). */
    pointer-events: auto;
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
`;
