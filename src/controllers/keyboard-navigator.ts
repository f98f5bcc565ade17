import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Link, Place } from '../data/model.js';
import type { Target } from '../data/target.js';
import type { DataView } from '../filters/data-view.js';
import { arcMiddle } from '../geometry/arcs.js';
import type { MapController } from '../map/map-controller.js';

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

interface Host extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

export interface NavigatorOptions {
  /** The data set shown and the places and links the filters show, by place. */
  shown: () => { view: DataView; places: readonly Place[]; linksOf: (place: Place) => readonly Link[] } | null;
  map: () => MapController | null;
  /** The map's container: keys are read on their way to the canvas inside it. */
  container: () => HTMLElement | null;
  /** Highlights a target as hovered and shows its tooltip at a point (null clears it). */
  point: (target: Target | null, at: { x: number; y: number }) => void;
  /** Says what the cursor is on, or why it did not move. */
  describe: (cursor: Cursor | null, reason?: 'no-place-there' | 'no-links' | 'nothing-shown') => void;
  /** Enter: opens the details of a target and moves the focus into them. */
  open: (target: Target) => void;
  toggleKeys: () => void;
  reducedMotion: () => boolean;
}

/**
 * The keyboard cursor over what the map draws. The canvas is the map's one stop in the Tab
 * order; while it has the focus, the arrow keys go to the nearest place in their direction (on
 * screen), Page Up and Page Down through the place's links shown, Home and End to the best and
 * least connected places, Enter opens the details, Escape goes back, `?` lists the keys. What the
 * cursor is on is highlighted as on hover, shows its tooltip and is announced. MapLibre keeps
 * its zoom keys (+, −); Shift with the arrows pans, since plain arrows move the cursor.
 */
export class KeyboardNavigator implements ReactiveController {
  cursor: Cursor | null = null;
  readonly #host: Host;
  readonly #options: NavigatorOptions;
  #listening: HTMLElement | null = null;

  constructor(host: Host, options: NavigatorOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const container = this.#options.container();
    if (container === this.#listening) return;
    this.#listening?.removeEventListener('keydown', this.#handleKeyDown, true);
    this.#listening?.removeEventListener('focusout', this.#handleFocusOut);
    container?.addEventListener('keydown', this.#handleKeyDown, true);
    container?.addEventListener('focusout', this.#handleFocusOut);
    this.#listening = container;
  }

  hostDisconnected(): void {
    this.#listening?.removeEventListener('keydown', this.#handleKeyDown, true);
    this.#listening?.removeEventListener('focusout', this.#handleFocusOut);
    this.#listening = null;
  }

  /** Forgets the cursor (a new data set, or filters that hide its place). */
  reset(): void {
    this.cursor = null;
  }

  /** Puts the cursor on a target, as if the keys had moved it there. */
  moveTo(cursor: Cursor | null): void {
    this.cursor = cursor;
    this.#show();
  }

  readonly #handleKeyDown = (event: KeyboardEvent): void => {
    const map = this.#options.map();
    if (!map || event.target !== map.canvas || event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = this.#key(event, map);
    if (!handled) return;
    // Ours, not MapLibre's: its arrow keys would pan the map under the cursor.
    event.preventDefault();
    event.stopPropagation();
  };

  readonly #handleFocusOut = (event: FocusEvent): void => {
    const map = this.#options.map();
    if (!map || event.target !== map.canvas) return;
    // The cursor stays where it was for when the focus comes back; its highlight goes.
    if (this.cursor) this.#options.point(null, { x: 0, y: 0 });
  };

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
    const shown = this.#options.shown();
    if (!shown || shown.places.length === 0) return this.#options.describe(null, 'nothing-shown');
    const points = shown.places
      .map((place) => ({ place, at: map.project([place.lon, place.lat]) }))
      .filter((p): p is { place: Place; at: { x: number; y: number } } => p.at !== null);
    const current = this.cursor && points.find((p) => p.place === this.cursor!.place);
    const next = current ? nearestInDirection(current.at, direction, points) : nearestTo(centreOf(map), points);
    if (!next) return this.#options.describe(this.cursor, 'no-place-there');
    this.cursor = { place: next.place, link: null };
    this.#show();
  }

  #stepLink(step: 1 | -1): void {
    const shown = this.#options.shown();
    const cursor = this.cursor;
    if (!shown || !cursor) return this.#options.describe(null, shown ? undefined : 'nothing-shown');
    const links = shown.linksOf(cursor.place);
    if (links.length === 0) return this.#options.describe(cursor, 'no-links');
    const at = cursor.link ? links.indexOf(cursor.link) : -1;
    const next = at < 0 ? (step > 0 ? 0 : links.length - 1) : (at + step + links.length) % links.length;
    this.cursor = { place: cursor.place, link: links[next]! };
    this.#show();
  }

  /** Home: the best connected place shown; End: the least. */
  #end(first: boolean): void {
    const shown = this.#options.shown();
    if (!shown || shown.places.length === 0) return this.#options.describe(null, 'nothing-shown');
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
      this.#options.describe(null);
      return;
    }
    const lonLat = cursor.link ? linkMiddle(this.#options.shown()?.view, cursor.link) : placeLonLat(cursor.place);
    map.reveal(lonLat, { animate: false });
    const at = map.project(lonLat) ?? { x: 0, y: 0 };
    this.#options.point(targetOf(cursor), at);
    this.#options.describe(cursor);
    this.#host.requestUpdate();
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
