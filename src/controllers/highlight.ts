// What the map highlights, from what is hovered and selected.
import type { Target } from '../data/target.js';
import type { Highlight } from '../map/map-controller.js';

/** What the map highlights: the hovered link or place, and the selection (a place's links too). */
export function highlightOf(hover: Target | null, selection: Target | null): Highlight {
  const place = hover?.kind === 'place' ? hover.place : selection?.kind === 'place' ? selection.place : null;
  return {
    hoverLink: hover?.kind === 'link' ? hover.link.index : -1,
    hoverPlace: place?.index ?? -1,
    selectedLink: selection?.kind === 'link' ? selection.link.index : -1,
  };
}

/** Whether two highlights are the same, so that the map is not told again. */
export function sameHighlight(a: Highlight, b: Highlight): boolean {
  return a.hoverLink === b.hoverLink && a.hoverPlace === b.hoverPlace && a.selectedLink === b.selectedLink;
}
