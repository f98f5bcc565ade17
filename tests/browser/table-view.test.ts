// The table view: every link the filters show, sortable, following the selection both ways; and
// what the element shows where WebGL cannot be had.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { cleanup, loadSeed, mount, nextEvent, SEED_URL, until } from './helpers.js';

afterEach(cleanup);

function rows(element: CoopMap): HTMLTableRowElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part~="table"] tbody tr')];
}

describe('view="table"', () => {
  it('lists the links shown with their places, type, status, years, sectors and sources', async () => {
    const element = mount({ src: SEED_URL, view: 'table', lang: 'en' });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    const seed = (await loadSeed()) as { links: { id: string; sectors: string[] }[] };
    expect(
      rows(element)
        .map((row) => row.dataset.link)
        .sort(),
    ).toEqual(seed.links.map((l) => l.id).sort());
    const table = element.shadowRoot!.querySelector('[part~="table"] table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).toEqual([
      'Places▲',
      'Type',
      'Status',
      'Years',
      'Sectors',
      'Sources',
    ]);
    expect(table.querySelector('caption')!.textContent).toContain('12 of 12 links shown');
    const irkutsk = rows(element).find((row) => row.dataset.link === 'irkutsk-gyeongbuk')!;
    expect(irkutsk.querySelector('th')!.textContent).toContain('Irkutsk');
    expect(irkutsk.querySelector('a')!.href).toMatch(/^https:\/\/doi\.org\//);
    // The map behind the table is out of reach of keys and readers while the table shows.
    expect(element.shadowRoot!.querySelector('.map')!.hasAttribute('inert')).toBe(true);

    // It follows the filters.
    element.setAttribute('sectors', 'education');
    await element.updateComplete;
    const education = seed.links.filter((l) => l.sectors.includes('education')).map((l) => l.id);
    expect(
      rows(element)
        .map((row) => row.dataset.link)
        .sort(),
    ).toEqual(education.sort());
    expect(table.querySelector('caption')!.textContent).toContain(`${education.length} of 12 links shown`);
  });

  it('sorts by a column, both ways, and says so with aria-sort', async () => {
    const element = mount({ src: SEED_URL, view: 'table', lang: 'en' });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    const header = () => element.shadowRoot!.querySelectorAll<HTMLTableCellElement>('thead th')[3]!;
    header().querySelector('button')!.click();
    await element.updateComplete;
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    const since = (row: HTMLTableRowElement) => Number(/\d{4}/.exec(row.cells[3]!.textContent!)?.[0] ?? -1);
    const ascending = rows(element).map(since);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    header().querySelector('button')!.click();
    await element.updateComplete;
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(rows(element).map(since)).toEqual([...ascending].reverse());
  });

  it('selects from a row and shows the selection made elsewhere, both ways', async () => {
    const element = mount({ src: SEED_URL, view: 'table', lang: 'en' });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    const button = (id: string) =>
      element.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-link="${id}"] button.row-select`)!;

    const selected = nextEvent(element, 'coop-select');
    button('sverdlovsk-almaty').focus();
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail).toEqual({ kind: 'link', id: 'sverdlovsk-almaty' });
    expect(element.selected).toBe('sverdlovsk-almaty');
    await element.updateComplete;
    expect(button('sverdlovsk-almaty').getAttribute('aria-pressed')).toBe('true');
    // The details open and take the focus; Escape gives it back to the row.
    const panel = await until(() => element.shadowRoot!.querySelector('[part~="panel"]'));
    await until(() => element.shadowRoot!.activeElement === panel.querySelector('h2'));
    await userEvent.keyboard('{Escape}');
    await until(() => element.shadowRoot!.activeElement === button('sverdlovsk-almaty'));
    expect(element.selected).toBeNull();

    // A selection made by the page (or on the map) shows in the table.
    element.selected = 'irkutsk-near';
    await element.updateComplete;
    expect(button('irkutsk-near').getAttribute('aria-pressed')).toBe('true');
    expect(button('sverdlovsk-almaty').getAttribute('aria-pressed')).toBe('false');
  });

  it("switches from the map with the element's own control", async () => {
    const element = mount({ src: SEED_URL, lang: 'en' });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    expect(rows(element)).toHaveLength(0);
    const switchTo = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toolbar"] [data-view="table"]')!;
    expect(switchTo.getAttribute('aria-pressed')).toBe('false');
    switchTo.click();
    await element.updateComplete;
    expect(element.getAttribute('view')).toBe('table');
    expect(rows(element)).toHaveLength(12);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-view="map"]')!.click();
    await element.updateComplete;
    expect(element.hasAttribute('view')).toBe(false);
    expect(rows(element)).toHaveLength(0);
  });
});

describe('without WebGL', () => {
  it('loads the data and shows it in the table, and says why there is no map', async () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
      return id === 'webgl2' || id === 'webgl' ? null : getContext.call(this, id as '2d', ...(rest as []));
    } as typeof getContext;
    try {
      const element = mount({ src: SEED_URL, lang: 'en' });
      const loaded = await nextEvent(element, 'coop-load');
      expect(loaded.detail.links).toBe(12);
      await element.updateComplete;
      expect(element.map).toBeNull();
      expect(rows(element)).toHaveLength(12);
      const mapButton = element.shadowRoot!.querySelector<HTMLButtonElement>('[data-view="map"]')!;
      expect(mapButton.disabled).toBe(true);
      expect(element.shadowRoot!.textContent).toContain('The map cannot be drawn in this browser');
    } finally {
      HTMLCanvasElement.prototype.getContext = getContext;
    }
  });
});
