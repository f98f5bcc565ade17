import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (CSS px) the element lays itself out for a phone: folded legend, full-size panels. */
export const NARROW_PX = 560;

interface Host extends ReactiveControllerHost, Element {}

/** The element's own width, watched, for the layout choices CSS alone cannot make (what is inert). */
export class SizeWatch implements ReactiveController {
  narrow = false;
  readonly #host: Host;
  #observer: ResizeObserver | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The width the legend takes from the map's view; none where it is narrow (the legend folds instead). */
  legendWidth(root: ParentNode): number {
    return this.narrow ? 0 : (root.querySelector<HTMLElement>('.legend')?.offsetWidth ?? 0);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function') return;
    this.#observer = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? NARROW_PX) < NARROW_PX;
      if (narrow === this.narrow) return;
      this.narrow = narrow;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }
}
