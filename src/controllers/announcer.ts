import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Quiet time before a change is announced: a burst of changes (a dragged slider) is said once. */
export const ANNOUNCE_SETTLE_MS = 250;
/** Announcements of filter results come at most this often (play steps every 900 ms). */
export const ANNOUNCE_MIN_INTERVAL_MS = 1000;

/**
 * The element's one polite live region. A change is announced once, after it has settled: the
 * text replaces what was there (never queued), so a screen reader says the latest state and not
 * every step of a slider or of playback. Messages about what the keyboard cursor is on go out at
 * once (`now`), since they answer a key the reader just pressed.
 */
export class Announcer implements ReactiveController {
  /** What the live region says. */
  text = '';
  readonly #host: ReactiveControllerHost;
  #pending = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastAt = -Infinity;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Says `text` once it has stayed the latest news for a moment, and not sooner than a second after the last. */
  announce(text: string): void {
    this.#pending = text;
    clearTimeout(this.#timer);
    const wait = Math.max(ANNOUNCE_SETTLE_MS, this.#lastAt + ANNOUNCE_MIN_INTERVAL_MS - performance.now());
    this.#timer = setTimeout(() => this.#say(this.#pending), wait);
  }

  /** Says `text` at once, dropping a pending announcement. */
  now(text: string): void {
    clearTimeout(this.#timer);
    this.#say(text);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }

  #say(text: string): void {
    this.#lastAt = performance.now();
    // The same words again would not be read out: a zero-width space makes them new.
    this.text = text === this.text ? `${text}\u200b` : text;
    this.#host.requestUpdate();
  }
}
