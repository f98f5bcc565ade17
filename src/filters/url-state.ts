/**
 * The view a page's URL hash carries with `sync-url`: sectors, years, link types, countries and
 * selection, so a view can be shared as a link. Keys are prefixed with the element's id when it
 * has one, so several maps on one page keep their own state:
 * `#sectors=culture+education&years=2015-2020&countries=KR&selected=irkutsk-gyeongbuk`.
 */
export interface UrlViewState {
  sectors: string | null;
  years: string | null;
  types: string | null;
  countries: string | null;
  selected: string | null;
}

export const URL_KEYS = ['sectors', 'years', 'types', 'countries', 'selected'] as const;

function key(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

export function readUrlState(hash: string, prefix = ''): Partial<UrlViewState> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: Partial<UrlViewState> = {};
  for (const name of URL_KEYS) {
    const value = params.get(key(prefix, name));
    if (value !== null) state[name] = value;
  }
  return state;
}

/** The hash with this map's keys set to `state` (null removes a key); other keys are kept as they are. */
export function writeUrlState(hash: string, state: UrlViewState, prefix = ''): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const name of URL_KEYS) {
    const value = state[name];
    if (value === null || value === '') params.delete(key(prefix, name));
    else params.set(key(prefix, name), value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
