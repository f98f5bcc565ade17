import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OnDemand } from '../load/on-demand.js';
import type { Cursor, KeyboardNavigator, NavigatorOptions } from './keyboard-navigator.js';
import type { UiParts } from './ui-parts.js';

/** The keyboard cursor: a chunk of its own, loaded when the map first takes the focus. */
const NAVIGATOR = new OnDemand(() => import('./keyboard-navigator.js'));

/** Keys the cursor takes on the canvas whatever it is on: held back while it loads, then given to it. */
const CURSOR_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  '?',
]);
/** Keys the cursor takes only once it is on something: held back only behind keys held back. */
const ON_CURSOR_KEYS = new Set(['Enter', ' ', 'Escape']);

interface Host extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

/**
 * Listens for the map's keys until the keyboard cursor (src/controllers/keyboard-navigator.ts)
 * has come: the first focus of the map, or its first key, loads it. A key pressed while it loads
 * is kept from MapLibre (which would pan under the cursor) and given to the cursor once it has
 * come, in order, so that no key press is lost.
 */
export class KeyboardCursor implements ReactiveController {
  #navigator: KeyboardNavigator | null = null;
  /** Keys pressed while the cursor loads. */
  #held: KeyboardEvent[] = [];
  #listening: HTMLElement | null = null;
  readonly #host: Host;
  readonly #parts: UiParts;
  readonly #options: NavigatorOptions & { container: () => HTMLElement | null };

  constructor(host: Host, parts: UiParts, options: NavigatorOptions & { container: () => HTMLElement | null }) {
    this.#host = host;
    this.#parts = parts;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const container = this.#options.container();
    if (container === this.#listening) return;
    this.#listen(false);
    this.#listening = container;
    this.#listen(true);
  }

  hostDisconnected(): void {
    this.#listen(false);
    this.#listening = null;
    this.#held = [];
  }

  /** Where the cursor is, once it has come. */
  get cursor(): Cursor | null {
    return this.#navigator?.cursor ?? null;
  }

  /** Forgets the cursor (a new data set, or filters that hide its place). */
  reset(): void {
    this.#navigator?.reset();
    this.#held = [];
  }

  #listen(on: boolean): void {
    const container = this.#listening;
    if (!container) return;
    const method = on ? container.addEventListener.bind(container) : container.removeEventListener.bind(container);
    // Keys are read on their way to the canvas, before MapLibre's own handlers.
    method('keydown', this.#handleKeyDown as EventListener, true);
    method('focusin', this.#handleFocusIn as EventListener);
    method('focusout', this.#handleFocusOut as EventListener);
  }

  readonly #handleFocusIn = (event: FocusEvent): void => {
    if (event.target === this.#options.map()?.canvas) this.#load();
  };

  readonly #handleFocusOut = (event: FocusEvent): void => {
    if (event.target === this.#options.map()?.canvas) this.#navigator?.blurred();
  };

  readonly #handleKeyDown = (event: KeyboardEvent): void => {
    const map = this.#options.map();
    if (!map || event.target !== map.canvas || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.#navigator) {
      if (!this.#navigator.press(event)) return;
    } else {
      this.#load();
      const held = CURSOR_KEYS.has(event.key) || (this.#held.length > 0 && ON_CURSOR_KEYS.has(event.key));
      if (!held) return;
      this.#held.push(event);
    }
    // Ours, not MapLibre's: its arrow keys would pan the map under the cursor.
    event.preventDefault();
    event.stopPropagation();
  };

  #load(): void {
    if (this.#navigator) return;
    // Through the element's parts, so that its updateComplete waits for the cursor too.
    this.#parts.get(NAVIGATOR);
    NAVIGATOR.load().then(
      (module) => {
        if (this.#navigator) return;
        const navigator = (this.#navigator = new module.KeyboardNavigator(this.#host, this.#options));
        const held = this.#held;
        this.#held = [];
        if (this.#host.isConnected) for (const event of held) navigator.press(event);
      },
      () => (this.#held = []), // UiParts says why; the next focus tries again
    );
  }
}
