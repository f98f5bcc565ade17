// WCAG 2.4.7 / 2.4.11 on any page (issue 10, finding 11): every part the Tab key reaches shows a
// solid ring of at least 2 px whose color stands 3:1 from what it touches, in both themes, on a
// light and on a dark page. The map's ring is drawn inside the canvas, so it touches the basemap
// (read from the canvas); the other rings touch their panel, a ring of the panel's color, or,
// where neither is opaque, the page.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { canvasPixels, cleanup, mount, nextEvent, SEED_URL } from './helpers.js';
import { contrast } from './ui-fixtures.js';

afterEach(() => {
  cleanup();
  document.body.style.background = '';
});

const rgba = (color: string): number[] => {
  const [r = 0, g = 0, b = 0, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return color === 'transparent' ? [0, 0, 0, 0] : [r, g, b, a];
};
/** `top` laid over the opaque `under`, as the browser composites them. */
const over = (top: number[], under: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + under[i]! * (1 - top[3]!));
const css = ([r, g, b]: number[]) => `rgb(${r}, ${g}, ${b})`;

function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
}

/**
 * The color just outside an element's ring: its ring of box-shadow if it has one that wide, over
 * the backgrounds under it down to the first opaque one — or the page, the worst case for panels
 * that float over the map, whose colors are those of the theme.
 */
function around(element: Element, page: string): string {
  const style = getComputedStyle(element);
  const outer = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const shadow = style.boxShadow.match(/^(rgba?\([^)]*\))\s+0px 0px 0px ([\d.]+)px/);
  const layers = shadow && parseFloat(shadow[2]!) >= outer ? [rgba(shadow[1]!)] : [];
  for (let node = parentOf(element); node && layers.at(-1)?.[3] !== 1; node = parentOf(node)) {
    const background = rgba(getComputedStyle(node).backgroundColor);
    if (background[3]! > 0) layers.push(background);
  }
  return css(layers.reduceRight((under, top) => over(top, under), rgba(page)));
}

/** The ring of a range input, which the element puts on its focused thumb: read from the rule that does. */
function thumbRing(element: HTMLInputElement): { outlineStyle: string; outlineWidth: string; outlineColor: string } {
  const sheets = (element.getRootNode() as ShadowRoot).adoptedStyleSheets;
  const rule = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .find(
      (r): r is CSSStyleRule =>
        r instanceof CSSStyleRule &&
        r.selectorText.includes(':focus-visible::-webkit-slider-thumb') &&
        element.matches(r.selectorText.replace('::-webkit-slider-thumb', '')),
    );
  if (!rule) return { outlineStyle: 'none', outlineWidth: '0px', outlineColor: '' };
  // `outline: 2px solid var(--_accent)`: a shorthand with a variable, so its parts are read from its text.
  const [width = '0px', lineStyle = 'none', color = ''] = rule.style
    .getPropertyValue('outline')
    .split(/\s+(?![^(]*\))/);
  const probe = document.createElement('span');
  probe.style.color = color.replace(/var\((--[\w-]+)\)/, (_, name: string) =>
    getComputedStyle(element).getPropertyValue(name),
  );
  element.parentElement!.append(probe);
  const outlineColor = getComputedStyle(probe).color;
  probe.remove();
  return { outlineStyle: lineStyle, outlineWidth: width, outlineColor };
}

/** The ring's style: on a range input, its focused thumb's. */
function ringStyle(
  element: Element,
): Pick<CSSStyleDeclaration, 'outlineStyle' | 'outlineWidth' | 'outlineColor' | 'outlineOffset'> {
  const style = getComputedStyle(element);
  if (element instanceof HTMLInputElement && element.type === 'range' && style.outlineStyle === 'none') {
    return { ...thumbRing(element), outlineOffset: '2px' };
  }
  return style;
}

/** Share of the canvas pixels the ring lies on (a band inside its edge) that stand 3:1 from `ring`. */
async function ringOnMap(element: CoopMap, ring: string, width: number): Promise<number> {
  const canvas = element.map!.getCanvas();
  const pixels = await canvasPixels(element);
  const [w, h, scale] = [canvas.width, canvas.height, canvas.width / canvas.clientWidth];
  const inner = Math.ceil((width + 1) * scale);
  let [good, all] = [0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const edge = Math.min(x, y, w - 1 - x, h - 1 - y);
      if (edge !== inner) continue;
      const i = (y * w + x) * 4;
      all++;
      if (contrast(ring, `rgb(${pixels[i]}, ${pixels[i + 1]}, ${pixels[i + 2]})`) >= 3) good++;
    }
  }
  return good / all;
}

describe('focus rings on any page', () => {
  it.each([
    ['light', '#ffffff'],
    ['light', '#111111'],
    ['dark', '#ffffff'],
    ['dark', '#111111'],
  ])('theme="%s" on a page of %s: every ring is 2 px or more and 3:1 against what it touches', async (theme, page) => {
    document.body.style.background = page;
    const pageColor = getComputedStyle(document.body).backgroundColor;
    const element = mount({ src: SEED_URL, lang: 'en', theme });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    element.select('irkutsk-gyeongbuk');
    await element.updateComplete;

    const seen = new Set<Element>();
    const failures: string[] = [];
    for (let i = 0; i < 80; i++) {
      await userEvent.tab();
      const focused = element.shadowRoot!.activeElement;
      if (!focused || seen.has(focused)) {
        if (seen.size > 0 && !focused) break;
        continue;
      }
      seen.add(focused);
      const style = ringStyle(focused);
      const name = `${focused.tagName.toLowerCase()}.${[...focused.classList].join('.')}`;
      const width = parseFloat(style.outlineWidth);
      if (style.outlineStyle !== 'solid' || width < 2) {
        failures.push(`${name}: outline ${style.outlineStyle} ${style.outlineWidth}`);
        continue;
      }
      if (focused === element.map!.getCanvas()) {
        // Drawn inside the canvas: the page never touches it.
        expect(parseFloat(style.outlineOffset)).toBeLessThanOrEqual(-width);
        const share = await ringOnMap(element, style.outlineColor, width);
        if (share < 0.95) failures.push(`${name}: 3:1 on ${(share * 100).toFixed(1)} % of the map's edge`);
        continue;
      }
      const ratio = contrast(style.outlineColor, around(focused, pageColor));
      if (ratio < 3) failures.push(`${name}: ${ratio.toFixed(2)}:1`);
    }
    // The map, the sector toggles, the years, the tools and the open panel's buttons were all reached.
    expect(seen.size).toBeGreaterThan(10);
    expect(seen.has(element.map!.getCanvas())).toBe(true);
    expect(failures.join('\n')).toBe('');
  });
});
