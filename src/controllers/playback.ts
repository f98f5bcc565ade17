import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextYears, PLAY_STEP_MS } from '../filters/timeline.js';
import type { YearRange } from '../filters/filters.js';

interface Host extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

/**
 * Play through the years: a window of years that moves one year on every step, as the timeline's
 * play button does. Stops when the host leaves the page.
 */
export class Playback implements ReactiveController {
  playing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly #host: Host;
  readonly #years: { get: () => YearRange | null; set: (range: YearRange) => void };
  readonly #stepMs: number;

  constructor(
    host: Host,
    /** Reads the years shown and sets the next ones, as the user would. */
    years: { get: () => YearRange | null; set: (range: YearRange) => void },
    stepMs = PLAY_STEP_MS,
  ) {
    this.#host = host;
    this.#years = years;
    this.#stepMs = stepMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  start(extent: readonly [number, number]): void {
    this.stop();
    this.playing = true;
    const step = () => {
      if (!this.#host.isConnected || !this.playing) return;
      this.#years.set(nextYears(this.#years.get(), extent));
      this.#timer = setTimeout(step, this.#stepMs);
    };
    step();
    this.#host.requestUpdate();
  }

  stop(): void {
    clearTimeout(this.#timer);
    if (!this.playing) return;
    this.playing = false;
    this.#host.requestUpdate();
  }

  toggle(extent: readonly [number, number]): void {
    if (this.playing) this.stop();
    else this.start(extent);
  }
}
