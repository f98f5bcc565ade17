import type { ReactiveControllerHost } from 'lit';
import type { Link, Place } from '../data/model.js';
import type { Target } from '../data/target.js';
import type { DataView } from '../filters/data-view.js';
import type { FilterState } from '../filters/filters.js';
import type { Thinning } from '../filters/thinning.js';
import { arcMiddle } from '../geometry/arcs.js';
import { formatCount, type UiStrings } from '../i18n/strings.js';
import type { MapController } from '../map/map-controller.js';
import { kindName, linkFacts, linkPlaces, placeName, sectorNames } from '../ui/names.js';

/** CSS pixels a Shift+arrow pans the map, as MapLibre's own arrow keys do. */
export const PAN_STEP_PX = 100;
/**
 * A place counts as lying in an arrow's direction when it is within this angle of it; among
 * those, the nearest wins, a sideways offset weighing four times a distance along the arrow.
 */
const DIRECTION_CONE_DEG = 60;
const SIDEWAYS_WEIGHT = 4;

export type Direction = 'left' | 'right' | 'up' | 'down';
const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const UNIT: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/** Where the keyboard cursor is: a place, and maybe one of its links. */
export interface Cursor {
  place: Place;
  /** A link of the place, reached with Page Up / Page Down. */
  link: Link | null;
}

export interface NavigatorOptions {
  /** The data set shown, and the filters on it. */
  view: () => DataView | null;
  filters: () => FilterState;
  /** `top` and `min-weight`: the cursor goes only over what is drawn. */
  thinning: () => Thinning;
  /** Changes exactly when `filters()` or `thinning()` does. */
  filterKey: () => string;
  lang: () => string;
  strings: () => UiStrings | undefined;
  map: () => MapController | null;
  /** Highlights a target as hovered and shows its tooltip at a point (null clears it). */
  point: (target: Target | null, at: { x: number; y: number }) => void;
  /** Says at once what the cursor is on, or why it did not move. */
  announce: (text: string) => void;
  /** Enter: opens the details of a target and moves the focus into them. */
  open: (target: Target) => void;
  toggleKeys: () => void;
  reducedMotion: () => boolean;
}

type Shown = { view: DataView; places: readonly Place[]; linksOf: (place: Place) => readonly Link[] };

/**
 * The keyboard cursor over what the map draws, loaded when the map first takes the focus
 * (src/controllers/keyboard-loader.ts listens until then). The canvas is the map's one stop in
 * the Tab order; while it has the focus, the arrow keys go to the nearest place in their
 * direction (on screen), Page Up and Page Down through the place's links shown, Home and End to
 * the best and least connected places, Enter opens the details, Escape goes back, `?` lists the
 * keys. What the cursor is on is highlighted as on hover, shows its tooltip and is announced.
 * MapLibre keeps its zoom keys (+, −); Shift with the arrows pans, since plain arrows move the
 * cursor.
 */
export class KeyboardNavigator {
  cursor: Cursor | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #options: NavigatorOptions;
  #shownKey = '';
  #shown: { places: Place[]; linksOf: Map<Place, Link[]> } | null = null;

  constructor(host: ReactiveControllerHost, options: NavigatorOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Forgets the cursor (a new data set, or filters that hide its place). */
  reset(): void {
    this.cursor = null;
    this.#shownKey = '';
    this.#shown = null;
  }

  /** Puts the cursor on a target, as if the keys had moved it there. */
  moveTo(cursor: Cursor | null): void {
    this.cursor = cursor;
    this.#show();
  }

  /**
   * A key pressed on the canvas without Alt, Ctrl or Meta (src/controllers/keyboard-loader.ts
   * checks), or held back while the cursor loaded: true when it was the cursor's (then MapLibre
   * must not have it).
   */
  press(event: KeyboardEvent): boolean {
    const map = this.#options.map();
    return map ? this.#key(event, map) : false;
  }

  /** The focus left the canvas: the cursor stays where it was for when it comes back; its highlight goes. */
  blurred(): void {
    if (this.cursor) this.#options.point(null, { x: 0, y: 0 });
  }

  #key(event: KeyboardEvent, map: MapController): boolean {
    const direction = DIRECTIONS[event.key];
    if (direction && event.shiftKey) {
      const [dx, dy] = UNIT[direction];
      map.panBy(dx * PAN_STEP_PX, dy * PAN_STEP_PX, { animate: !this.#options.reducedMotion() });
      return true;
    }
    if (direction) {
      this.#move(direction, map);
      return true;
    }
    switch (event.key) {
      case 'PageDown':
      case 'PageUp':
        this.#stepLink(event.key === 'PageDown' ? 1 : -1);
        return true;
      case 'Home':
      case 'End':
        this.#end(event.key === 'Home');
        return true;
      case 'Enter':
      case ' ':
        if (!this.cursor) return false;
        this.#options.open(targetOf(this.cursor));
        return true;
      case 'Escape':
        return this.#back();
      case '?':
        this.#options.toggleKeys();
        return true;
      default:
        return false;
    }
  }

  /** To the nearest place in a direction on screen; from nowhere, to the place nearest the centre. */
  #move(direction: Direction, map: MapController): void {
    const shown = this.#shownNow();
    if (!shown || shown.places.length === 0) return this.#describe(null, 'nothing-shown');
    const points = shown.places
      .map((place) => ({ place, at: map.project([place.lon, place.lat]) }))
      .filter((p): p is { place: Place; at: { x: number; y: number } } => p.at !== null);
    const current = this.cursor && points.find((p) => p.place === this.cursor!.place);
    const next = current ? nearestInDirection(current.at, direction, points) : nearestTo(centreOf(map), points);
    if (!next) return this.#describe(this.cursor, 'no-place-there');
    this.cursor = { place: next.place, link: null };
    this.#show();
  }

  #stepLink(step: 1 | -1): void {
    const shown = this.#shownNow();
    const cursor = this.cursor;
    if (!shown || !cursor) return this.#describe(null, shown ? undefined : 'nothing-shown');
    const links = shown.linksOf(cursor.place);
    if (links.length === 0) return this.#describe(cursor, 'no-links');
    const at = cursor.link ? links.indexOf(cursor.link) : -1;
    const next = at < 0 ? (step > 0 ? 0 : links.length - 1) : (at + step + links.length) % links.length;
    this.cursor = { place: cursor.place, link: links[next]! };
    this.#show();
  }

  /** Home: the best connected place shown; End: the least. */
  #end(first: boolean): void {
    const shown = this.#shownNow();
    if (!shown || shown.places.length === 0) return this.#describe(null, 'nothing-shown');
    const ranked = [...shown.places].sort(
      (a, b) => shown.linksOf(b).length - shown.linksOf(a).length || a.index - b.index,
    );
    this.cursor = { place: first ? ranked[0]! : ranked.at(-1)!, link: null };
    this.#show();
  }

  /** Escape: from a link to its place, from a place off the map's items. False when there is nothing to leave. */
  #back(): boolean {
    const cursor = this.cursor;
    if (!cursor) return false;
    this.cursor = cursor.link ? { place: cursor.place, link: null } : null;
    this.#show();
    return true;
  }

  /** Highlights, reveals and announces what the cursor is on. */
  #show(): void {
    const map = this.#options.map();
    const cursor = this.cursor;
    if (!map || !cursor) {
      this.#options.point(null, { x: 0, y: 0 });
      this.#describe(null);
      return;
    }
    const lonLat = cursor.link ? linkMiddle(this.#options.view() ?? undefined, cursor.link) : placeLonLat(cursor.place);
    map.reveal(lonLat, { animate: false });
    const at = map.project(lonLat) ?? { x: 0, y: 0 };
    this.#options.point(targetOf(cursor), at);
    this.#describe(cursor);
    this.#host.requestUpdate();
  }

  /**
   * The places drawn (a place is drawn when one of its links is), with their links drawn: the
   * filters, `top` and `min-weight` as the map draws them.
   */
  #shownNow(): Shown | null {
    const view = this.#options.view();
    if (!view) return null;
    const key = this.#options.filterKey();
    if (!this.#shown || key !== this.#shownKey) {
      const linksOf = new Map<Place, Link[]>();
      for (const link of view.drawnLinks(this.#options.filters(), this.#options.thinning(), key)) {
        for (const index of [link.sourceIndex, link.targetIndex]) {
          const place = view.dataset.places[index]!;
          const list = linksOf.get(place);
          if (list) list.push(link);
          else linksOf.set(place, [link]);
        }
      }
      this.#shown = { places: [...linksOf.keys()], linksOf };
      this.#shownKey = key;
    }
    const shown = this.#shown;
    return { view, places: shown.places, linksOf: (place) => shown.linksOf.get(place) ?? [] };
  }

  /** Says what the cursor is on, or why it did not move. */
  #describe(cursor: Cursor | null, reason?: 'no-place-there' | 'no-links' | 'nothing-shown'): void {
    const strings = this.#options.strings();
    const view = this.#options.view();
    const say = this.#options.announce;
    if (!strings || !view) return;
    if (reason === 'no-place-there') return say(strings.noPlaceThere);
    if (reason === 'no-links') return say(strings.noLinksHere);
    if (reason === 'nothing-shown') return say(strings.nothingShown);
    if (!cursor) return;
    const lang = this.#options.lang();
    const { dataset } = view;
    const links = this.#shownNow()?.linksOf(cursor.place) ?? [];
    if (!cursor.link) {
      const all = dataset.links.filter(
        (l) => l.sourceIndex === cursor.place.index || l.targetIndex === cursor.place.index,
      );
      const counts = strings.placeLinks(formatCount(links.length, lang), formatCount(all.length, lang));
      const name = placeName(cursor.place, cursor.place.id, lang);
      return say(strings.cursorPlace(name, kindName(cursor.place.kind, strings), counts));
    }
    const link = cursor.link;
    const facts = [sectorNames(dataset, link, lang), linkFacts(link, strings)].filter(Boolean).join(' — ');
    const position = formatCount(links.indexOf(link) + 1, lang);
    say(strings.cursorLink(linkPlaces(dataset, link, lang), facts, position, formatCount(links.length, lang)));
  }
}

function targetOf(cursor: Cursor): Target {
  return cursor.link ? { kind: 'link', link: cursor.link } : { kind: 'place', place: cursor.place };
}

function placeLonLat(place: Place): [number, number] {
  return [place.lon, place.lat];
}

function linkMiddle(view: DataView | undefined, link: Link): [number, number] {
  const places = view?.dataset.places;
  const a = places?.[link.sourceIndex];
  const b = places?.[link.targetIndex];
  return a && b ? arcMiddle([a.lon, a.lat], [b.lon, b.lat]) : [0, 0];
}

function centreOf(map: MapController): { x: number; y: number } {
  const { width, height } = map.canvas.getBoundingClientRect();
  return { x: width / 2, y: height / 2 };
}

interface Located<T> {
  place: T;
  at: { x: number; y: number };
}

/** The point nearest to `from`. */
export function nearestTo<T>(from: { x: number; y: number }, points: readonly Located<T>[]): Located<T> | null {
  let best: Located<T> | null = null;
  let bestDistance = Infinity;
  for (const point of points) {
    const d = Math.hypot(point.at.x - from.x, point.at.y - from.y);
    if (d < bestDistance) [best, bestDistance] = [point, d];
  }
  return best;
}

/**
 * The point a sighted reader would expect an arrow to reach: within DIRECTION_CONE_DEG of the
 * arrow, the one with the least `along² + SIDEWAYS_WEIGHT · sideways²`. Points at the same spot
 * as `from` are skipped (a place drawn on top of another is reached through the other keys).
 */
export function nearestInDirection<T>(
  from: { x: number; y: number },
  direction: Direction,
  points: readonly Located<T>[],
): Located<T> | null {
  const [ux, uy] = UNIT[direction];
  const cone = Math.tan((DIRECTION_CONE_DEG * Math.PI) / 180);
  let best: Located<T> | null = null;
  let bestScore = Infinity;
  for (const point of points) {
    const dx = point.at.x - from.x;
    const dy = point.at.y - from.y;
    const along = dx * ux + dy * uy;
    const sideways = Math.abs(dx * uy - dy * ux);
    if (along <= 0.5 || sideways > along * cone) continue;
    const score = along * along + SIDEWAYS_WEIGHT * sideways * sideways;
    if (score < bestScore) [best, bestScore] = [point, score];
  }
  return best;
}
