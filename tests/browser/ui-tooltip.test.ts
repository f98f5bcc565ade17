import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import type { Target } from '../../src/data/target.js';
import { renderTooltip, type TooltipProps } from '../../src/ui/tooltip.js';
import { contrast, fixtureDataSet, plainContainer, removeAll, STRINGS, styledHost } from './ui-fixtures.js';

afterEach(removeAll);

const dataset = fixtureDataSet();
const link = (id: string) => dataset.links.find((l) => l.id === id)!;
const place = (id: string) => dataset.places.find((p) => p.id === id)!;

function props(target: Target, overrides: Partial<TooltipProps> = {}): TooltipProps {
  return {
    dataset,
    target,
    x: 100,
    y: 100,
    width: 900,
    height: 560,
    visible: new Set(dataset.links.map((l) => l.id)),
    lang: 'en',
    strings: STRINGS.en,
    ...overrides,
  };
}

function tooltipIn(container: ParentNode): HTMLElement {
  return container.querySelector<HTMLElement>('[part="tooltip"]')!;
}

describe('renderTooltip for a link', () => {
  it('names both places, the sectors with their colors, type, status and open-ended years', () => {
    // With the element's styles: a swatch's color is a custom property they read (#4).
    const { root, show } = styledHost();
    show(renderTooltip(props({ kind: 'link', link: link('irk-gb') })));
    const tip = tooltipIn(root);
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.querySelector('.tooltip-title')!.textContent).toBe('Irkutsk Oblast ↔ Gyeongsangbuk-do');
    const sectors = [...tip.querySelectorAll<HTMLElement>('.sector-list li')];
    expect(sectors.map((li) => li.textContent!.trim())).toEqual(['Culture', 'Youth']);
    const youthSwatch = sectors[1]!.querySelector<HTMLElement>('.swatch')!;
    expect(getComputedStyle(youthSwatch).backgroundColor).toBe('rgb(122, 81, 149)');
    expect(tip.textContent).toContain('twinned · suspended · since\u00a01996');
  });

  it('speaks the chosen language: place names, sectors, type, status and years', () => {
    const container = plainContainer();
    render(
      renderTooltip(props({ kind: 'link', link: link('irk-gb') }, { lang: 'ru', strings: STRINGS.ru })),
      container,
    );
    const tip = tooltipIn(container);
    expect(tip.querySelector('.tooltip-title')!.textContent).toBe('Иркутская область ↔ Кёнсан-Пукто');
    expect([...tip.querySelectorAll('.sector-list li')].map((li) => li.textContent!.trim())).toEqual([
      'Культура',
      'Молодёжь',
    ]);
    expect(tip.textContent).toContain('побратимство · приостановлено · с\u00a01996\u00a0г.');

    render(
      renderTooltip(props({ kind: 'link', link: link('irk-gb') }, { lang: 'ko', strings: STRINGS.ko })),
      container,
    );
    expect(tooltipIn(container).querySelector('.tooltip-title')!.textContent).toBe('이르쿠츠크주 ↔ 경상북도');
    expect(tooltipIn(container).textContent).toContain('1996년부터');
  });

  it('writes a closed span of years as a range, and types it does not know as written', () => {
    const container = plainContainer();
    render(renderTooltip(props({ kind: 'link', link: link('irk-near') })), container);
    expect(tooltipIn(container).textContent).toContain('membership · ended · 2012–2018');

    const oddType = { ...link('near-pri'), type: 'constructor' };
    render(renderTooltip(props({ kind: 'link', link: oddType })), container);
    expect(tooltipIn(container).querySelector('.tooltip-facts')!.textContent).toBe('constructor · planned');
  });
});

describe('renderTooltip for a place', () => {
  it('gives its name, kind and how many of its links are drawn', () => {
    const container = plainContainer();
    const visible = new Set(['irk-gb']);
    render(renderTooltip(props({ kind: 'place', place: place('IRK') }, { visible })), container);
    const tip = tooltipIn(container);
    expect(tip.dataset.kind).toBe('place');
    expect(tip.querySelector('.tooltip-title')!.textContent).toBe('Irkutsk Oblast');
    expect(tip.textContent).toContain('region');
    expect(tip.textContent).toContain('Links: 1 of 2 shown');

    render(
      renderTooltip(props({ kind: 'place', place: place('NEAR') }, { visible, lang: 'kk', strings: STRINGS.kk })),
      container,
    );
    expect(tooltipIn(container).textContent).toContain('ұйым');
    expect(tooltipIn(container).textContent).toContain('Байланыстар: 2 ішінен 0 көрсетілген');
  });
});

describe('tooltip placement', () => {
  const long = {
    ...place('IRK'),
    name: 'A place with a very long name that would run far past the edge of a small map if nothing held it in',
  };
  const corners: [string, number, number][] = [
    ['top-left', 2, 2],
    ['top-right', 398, 3],
    ['bottom-left', 4, 296],
    ['bottom-right', 399, 299],
    ['middle', 200, 150],
    ['beyond the edge', 450, 350],
  ];

  it.each(corners)('stays inside the map with the pointer at the %s', async (_where, x, y) => {
    const { host, root, show } = styledHost(400, 300);
    show(renderTooltip(props({ kind: 'place', place: long }, { x, y, width: 400, height: 300 })));
    const box = tooltipIn(root).getBoundingClientRect();
    const map = host.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(40);
    expect(box.left).toBeGreaterThanOrEqual(map.left);
    expect(box.top).toBeGreaterThanOrEqual(map.top);
    expect(box.right).toBeLessThanOrEqual(map.right);
    expect(box.bottom).toBeLessThanOrEqual(map.bottom);
    // Never under the pointer, where it would hide what it describes.
    const px = map.left + Math.min(x, 400);
    const py = map.top + Math.min(y, 300);
    const covers = px >= box.left && px <= box.right && py >= box.top && py <= box.bottom;
    expect(covers).toBe(false);
  });

  it('takes the pointer, so that it can be hovered and read (1.4.13), and says when it is entered and left', () => {
    const { root, show } = styledHost(400, 300);
    const seen: string[] = [];
    const onPointerEnter = () => seen.push('enter');
    const onPointerLeave = () => seen.push('leave');
    show(renderTooltip(props({ kind: 'link', link: link('irk-gb') }, { onPointerEnter, onPointerLeave })));
    expect(getComputedStyle(tooltipIn(root)).pointerEvents).toBe('auto');
    tooltipIn(root).dispatchEvent(new PointerEvent('pointerenter'));
    tooltipIn(root).dispatchEvent(new PointerEvent('pointerleave'));
    expect(seen).toEqual(['enter', 'leave']);
  });

  it.each(['light', 'dark'] as const)('is readable in the %s theme', (theme) => {
    const { root, show } = styledHost(400, 300, theme);
    show(renderTooltip(props({ kind: 'link', link: link('irk-gb') })));
    const tip = tooltipIn(root);
    const style = getComputedStyle(tip);
    expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(7);
    const facts = getComputedStyle(tip.querySelector('.tooltip-facts')!);
    expect(contrast(facts.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  });
});
