import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The reader's preferences the element follows: dark color scheme, reduced motion. */
export class MediaPreferences implements ReactiveController {
  readonly #dark = query('(prefers-color-scheme: dark)');
  readonly #still = query('(prefers-reduced-motion: reduce)');

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get prefersDark(): boolean {
    return this.#dark?.matches ?? false;
  }

  get prefersReducedMotion(): boolean {
    return this.#still?.matches ?? false;
  }

  hostConnected(): void {
    this.#dark?.addEventListener('change', this.#handleChange);
    this.#still?.addEventListener('change', this.#handleChange);
  }

  hostDisconnected(): void {
    this.#dark?.removeEventListener('change', this.#handleChange);
    this.#still?.removeEventListener('change', this.#handleChange);
  }

  readonly #handleChange = (): void => this.#host.requestUpdate();
}

/** A media query, where the platform has them (not in Node, where the element may be rendered on a server). */
function query(text: string): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(text) : null;
}
