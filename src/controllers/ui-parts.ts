import {
  adoptStyles,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import type { OnDemand } from '../load/on-demand.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Parts of the element that a page loads on first use (a language's strings, the details panel,
 * the tooltip). A render asks for a part with `get`: until it has come, `get` gives undefined,
 * the part starts loading and the host renders again when it comes; `settled()` waits for the
 * parts asked for so that `updateComplete` resolves on what the user sees. Styles of a part are
 * adopted into the host's shadow root before the part first renders there.
 */
export class UiParts implements ReactiveController {
  readonly #loading = new Map<OnDemand<unknown>, Promise<void>>();
  /** Parts that could not be loaded and render their fallback instead. */
  readonly #failed = new Set<OnDemand<unknown>>();
  readonly #adopted = new Set<CSSResult>();

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * What a part holds, once it has come. When the import fails, `fallback` is used from then on;
   * a part without one is tried again at the next render that asks for it.
   */
  get<T>(part: OnDemand<T>, fallback?: T): T | undefined {
    if (part.value !== undefined) return part.value;
    if (fallback !== undefined && this.#failed.has(part)) return fallback;
    if (!this.#loading.has(part)) {
      const loading = part
        .load()
        .then(
          () => this.#host.requestUpdate(),
          (error: unknown) => {
            console.warn('coop-map: a part of the element could not be loaded:', error);
            if (fallback === undefined) return;
            this.#failed.add(part);
            this.#host.requestUpdate();
          },
        )
        .finally(() => this.#loading.delete(part));
      this.#loading.set(part, loading);
    }
    return undefined;
  }

  /** A UI part with styles of its own (`partStyles`), once it has come and its styles are adopted. */
  styled<T extends { partStyles: readonly CSSResult[] }>(part: OnDemand<T>): T | undefined {
    const value = this.get(part);
    const root = this.#host.renderRoot;
    if (!value || !(root instanceof ShadowRoot)) return value;
    for (const styles of value.partStyles) {
      if (this.#adopted.has(styles)) continue;
      this.#adopted.add(styles);
      // Lit's adoptStyles replaces the adopted sheets; where there are none, it adds a <style>.
      if (supportsAdoptingStyleSheets && styles.styleSheet)
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
      else adoptStyles(root, [styles]);
    }
    return value;
  }

  /** Whether parts are still on their way. */
  get pending(): boolean {
    return this.#loading.size > 0;
  }

  /** Resolves once the parts asked for so far have come (or failed). */
  async settled(): Promise<void> {
    while (this.#loading.size > 0) await Promise.all(this.#loading.values());
  }

  /**
   * The host's update promise that also waits for the parts the last render asked for and for
   * the render that shows them, so that what resolves is what the user sees.
   */
  async complete(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.pending) {
      await this.settled();
      complete = (await update()) && complete;
    }
    return complete;
  }
}
