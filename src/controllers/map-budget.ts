// How many maps of a page hold a WebGL context at once. Chromium keeps 16 contexts per page and,
// past that, takes the oldest one's away: the map that had it goes blank and, without this, never
// finishes drawing. Below the browser's limit, with room left for the page's own WebGL, the
// element keeps its maps: one far out of view gives its context up (keeping its last picture)
// when another near the view needs one, and gets one back when it comes near the view again.

/** Maps with a context at once, page-wide; Chromium's limit is 16. */
export const MAX_LIVE_MAPS = 12;

/** How far beyond the viewport an element still counts as in view (an IntersectionObserver margin). */
export const NEAR_VIEW_MARGIN = '100%';

/** One element's map, as the budget sees it. */
export interface BudgetMember {
  /** Whether its map holds a context now (while it gives the context up, too: until it is gone). */
  readonly live: boolean;
  /** Whether the element is in view or near it. */
  readonly near: boolean;
  /** How far it is from the viewport, in CSS pixels (0 inside it). */
  distance(): number;
  /** Gives the context up, keeping the map's last picture; resolves once the context is gone. */
  release(): Promise<void>;
}

const members = new Set<BudgetMember>();

export function joinBudget(member: BudgetMember): void {
  members.add(member);
}

export function leaveBudget(member: BudgetMember): void {
  members.delete(member);
}

/** Maps giving their context up for another, until their context is gone. */
const releasing = new Map<BudgetMember, Promise<void>>();

/**
 * Whether `member` may make its map now: true when there is room; false when there is none and it is
 * far from view (it waits); a promise when room is being made for it by releasing the map farthest
 * from view (it makes its map once that resolves, and asks again). Making it before the other context
 * is gone would put the page over the browser's limit, which takes the oldest map's context away.
 */
export function claimContext(member: BudgetMember): boolean | Promise<void> {
  const live = [...members].filter((m) => m.live && m !== member);
  if (live.length < MAX_LIVE_MAPS) return true;
  if (!member.near) return false;
  const far = live.filter((m) => !m.near && !releasing.has(m)).sort((a, b) => b.distance() - a.distance())[0];
  // Every map is in view: over the budget rather than a blank map where the reader looks.
  if (!far) return releasing.size > 0 ? Promise.race(releasing.values()) : true;
  const gone = far.release().finally(() => releasing.delete(far));
  releasing.set(far, gone);
  return gone;
}

/** CSS pixels between an element and the viewport (0 when they meet). */
export function distanceFromView(element: Element): number {
  const rect = element.getBoundingClientRect();
  const dy = Math.max(0, rect.top - innerHeight, -rect.bottom);
  const dx = Math.max(0, rect.left - innerWidth, -rect.right);
  return Math.hypot(dx, dy);
}

/** Lays a map's last picture over its container (set through the CSSOM: a strict CSP allows that). */
export function showPicture(container: HTMLElement, picture: HTMLCanvasElement): HTMLCanvasElement {
  const style = { position: 'absolute', inset: '0', width: '100%', height: '100%' };
  for (const [name, value] of Object.entries(style)) picture.style.setProperty(name, value);
  picture.setAttribute('aria-hidden', 'true');
  picture.classList.add('map-picture');
  container.append(picture);
  return picture;
}
