import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly selected: string | null;
  select(id: string | null): void;
}

/**
 * Keys the element answers wherever the focus is inside it: Escape closes what the pointer or a
 * selection opened (tooltip, highlight, details panel).
 */
export class KeyboardControl implements ReactiveController {
  readonly #host: Host;
  readonly #hover: { active: () => boolean; clear: () => void };

  constructor(host: Host, hover: { active: () => boolean; clear: () => void }) {
    this.#host = host;
    this.#hover = hover;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#handleKeyDown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#handleKeyDown);
  }

  readonly #handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    if (this.#host.selected === null && !this.#hover.active()) return;
    this.#hover.clear();
    this.#host.select(null);
    event.stopPropagation();
  };
}
