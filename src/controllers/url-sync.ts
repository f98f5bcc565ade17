import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, URL_KEYS, writeUrlState, type UrlViewState } from '../filters/url-state.js';

interface Host extends ReactiveControllerHost, UrlViewState {
  readonly id: string;
  syncUrl: boolean;
}

/**
 * `sync-url`: the view (sectors, years, types, countries, selection) kept in the page's URL hash, so a view can be
 * shared as a link. Keys carry the element's id as a prefix when it has one, so that several
 * maps on a page keep their own.
 */
export class UrlSync implements ReactiveController {
  #written: UrlViewState | null = null;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#handleHashChange);
    if (this.#host.syncUrl) this.#read(false);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  hostUpdated(): void {
    if (!this.#host.syncUrl) return;
    const host = this.#host;
    const written = this.#written;
    if (written && URL_KEYS.every((name) => written[name] === host[name])) return;
    this.#written = Object.fromEntries(URL_KEYS.map((name) => [name, host[name]])) as unknown as UrlViewState;
    const hash = writeUrlState(location.hash, this.#written, this.#host.id);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }

  /**
   * Applies the view in the hash. On a hash change the hash is the whole view (a key it lacks
   * means "all" or "none"); when the page opens with a hash that says nothing of this map, the
   * attributes the page set stay.
   */
  #read(whole: boolean): void {
    const state = readUrlState(location.hash, this.#host.id);
    if (!whole && Object.keys(state).length === 0) return;
    for (const name of URL_KEYS) this.#host[name] = state[name] ?? null;
  }

  readonly #handleHashChange = (): void => {
    if (this.#host.syncUrl) this.#read(true);
  };
}
