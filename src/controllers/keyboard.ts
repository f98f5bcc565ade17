import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Host extends ReactiveControllerHost, HTMLElement {}

/**
 * Escape, wherever the focus is inside the element, closes what is open, the last opened first:
 * the list of keys, the details panel, the tooltip and highlight. And a tooltip can be dismissed
 * with Escape from anywhere on the page (WCAG 1.4.13), the pointer still over it.
 */
export class KeyboardControl implements ReactiveController {
  readonly #host: Host;
  readonly #escape: () => boolean;
  readonly #tooltipShown: () => boolean;
  readonly #hideTooltip: () => void;

  constructor(host: Host, options: { escape: () => boolean; tooltipShown: () => boolean; hideTooltip: () => void }) {
    this.#host = host;
    this.#escape = options.escape;
    this.#tooltipShown = options.tooltipShown;
    this.#hideTooltip = options.hideTooltip;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#handleKeyDown);
    window.addEventListener('keydown', this.#handleWindowKeyDown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#handleKeyDown);
    window.removeEventListener('keydown', this.#handleWindowKeyDown);
  }

  readonly #handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (this.#escape()) event.stopPropagation();
  };

  readonly #handleWindowKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#tooltipShown()) this.#hideTooltip();
  };
}
