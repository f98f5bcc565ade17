import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Target } from '../data/target.js';

/** How long a tooltip stays after the pointer has left what it is about (ms): time to reach it. */
export const TOOLTIP_GRACE_MS = 400;

type Point = { x: number; y: number };

/**
 * Keeps the tooltip hoverable (WCAG 1.4.13): when the pointer leaves the link or place, the
 * tooltip stays a moment, and as long as the pointer is on it; it goes when the pointer leaves
 * it, or with Escape (the keyboard controller). A new target replaces it at once.
 */
export class TooltipHover implements ReactiveController {
  readonly #set: (target: Target | null, point: Point) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onTooltip = false;

  constructor(host: ReactiveControllerHost, set: (target: Target | null, point: Point) => void) {
    this.#set = set;
    host.addController(this);
  }

  /** What the pointer is on over the map. */
  pointer(target: Target | null, point: Point): void {
    clearTimeout(this.#timer);
    if (target) {
      this.#onTooltip = false;
      this.#set(target, point);
    } else if (!this.#onTooltip) {
      this.#timer = setTimeout(() => !this.#onTooltip && this.#set(null, point), TOOLTIP_GRACE_MS);
    }
  }

  /** The pointer came onto the tooltip: it stays. */
  enter = (): void => {
    clearTimeout(this.#timer);
    this.#onTooltip = true;
  };

  /** The pointer left the tooltip: it goes. */
  leave = (): void => {
    this.#onTooltip = false;
    this.#set(null, { x: 0, y: 0 });
  };

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#onTooltip = false;
  }
}
