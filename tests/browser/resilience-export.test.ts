// Issue 14 in the element: the PNG export's legend fits a small image (#7), and a malformed
// region file ends in coop-error with a message that says what is wrong (#10).
import { afterEach, describe, expect, it } from 'vitest';
import type { CoopMap } from '../../src/coop-map.js';
import { layoutLegend, type PngLegend } from '../../src/ui/export-png.js';
import { cleanup, loadSeed, mount, nextEvent } from './helpers.js';

afterEach(cleanup);

const LONG_TITLE =
  'Cooperation agreements between the regions of the Russian Federation, the Republic of Korea and the ' +
  'Republic of Kazakhstan, with their sister cities, 1990–2024 (all sectors, every status)';
const LONG_LABEL = 'Culture, the arts, heritage, museums, libraries and the exchange of young artists';

/** Pure magenta and pure green: colors the basemap and the arcs never draw. */
const PANEL = [255, 0, 255] as const;
const TEXT = [0, 255, 0] as const;

const near = (data: Uint8ClampedArray, i: number, [r, g, b]: readonly number[], tolerance = 30) =>
  Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) <= tolerance;

async function pixelsOf(blob: Blob): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  return { data, width: bitmap.width, height: bitmap.height };
}

/** Whether `shown` is `full`, or its start in whole characters followed by an ellipsis. */
const cutFrom = (shown: string, full: string) =>
  shown === full || (shown.endsWith('…') && full.startsWith(shown.slice(0, -1)));

describe('#7: the PNG legend fits the image', () => {
  it('#7: exported from a 500 px element, the legend is inside the image and covers little of the map', async () => {
    const data = (await loadSeed()) as { title?: unknown; sectors?: { id: string; label: unknown }[] };
    data.title = LONG_TITLE;
    data.sectors = ['culture', 'education', 'economy', 'tourism'].map((id) => ({ id, label: `${LONG_LABEL} (${id})` }));
    const element = mount({}, { data: data as CoopMap['data'] });
    element.style.width = '500px';
    element.style.height = '400px';
    element.style.setProperty('--coop-map-panel-background', `rgb(${PANEL.join(',')})`);
    element.style.setProperty('--coop-map-border-color', `rgb(${PANEL.join(',')})`);
    element.style.setProperty('--coop-map-color', `rgb(${TEXT.join(',')})`);
    await nextEvent(element, 'coop-load');
    await element.updateComplete;

    const { data: pixels, width, height } = await pixelsOf(await element.exportPng());
    expect(width).toBe(element.map!.getCanvas().width);
    const ratio = width / element.map!.getCanvas().clientWidth;
    expect(width / ratio).toBeLessThanOrEqual(500);
    // The legend's box: the bounds of its background.
    let [minX, minY, maxX, maxY, panel] = [width, height, -1, -1, 0];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!near(pixels, (y * width + x) * 4, PANEL)) continue;
        panel++;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    expect(panel).toBeGreaterThan(0);
    // Inside the image, with a margin on every side: nothing of it is cut.
    expect(minX).toBeGreaterThan(0);
    expect(minY).toBeGreaterThan(0);
    expect(maxX).toBeLessThan(width - 1);
    expect(maxY).toBeLessThan(height - 1);
    // Most of the map shows.
    const box = (maxX - minX + 1) * (maxY - minY + 1);
    expect(box / (width * height)).toBeLessThan(0.25);
    expect((maxX - minX + 1) / width).toBeLessThanOrEqual(0.41);
    // The legend's text is drawn inside its box (the title and labels are fitted, not cut by the edge).
    let text = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!near(pixels, (y * width + x) * 4, TEXT, 60)) continue;
        text++;
        expect(x >= minX && x <= maxX && y >= minY && y <= maxY, `text at ${x},${y}`).toBe(true);
      }
    }
    expect(text).toBeGreaterThan(50);
  });

  it('#7: wraps a long title, cuts long labels and counts the entries that do not fit, at any size', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const legend: PngLegend = {
      title: LONG_TITLE,
      entries: Array.from({ length: 30 }, (_, i) => ({ label: `${LONG_LABEL} ${i}`, color: '#123456', count: i })),
      footer: '1,234 of 5,678 links shown',
    };
    for (const [width, height] of [
      [500, 400],
      [320, 240],
      [1200, 800],
      [2400, 300],
    ] as const) {
      const layout = layoutLegend(ctx, legend, width, height)!;
      expect(layout, `${width}×${height}`).not.toBeNull();
      expect(layout.x).toBeGreaterThan(0);
      expect(layout.y).toBeGreaterThan(0);
      expect(layout.x + layout.width).toBeLessThan(width);
      expect(layout.width).toBeLessThanOrEqual(width * 0.4);
      expect(layout.height).toBeLessThanOrEqual(height * 0.5);
      // Each line fits in the box at the size it is drawn.
      const room = layout.width / layout.scale - 20;
      ctx.font = '600 13px system-ui, sans-serif';
      for (const line of layout.title) expect(ctx.measureText(line).width).toBeLessThanOrEqual(room + 1);
      expect(layout.title.length).toBeLessThanOrEqual(2);
      // The title's start, in whole words, and an ellipsis when the rest did not fit.
      expect(cutFrom(layout.title.join(' '), LONG_TITLE)).toBe(true);
      expect(layout.entries.length).toBeLessThan(30);
      ctx.font = '13px system-ui, sans-serif';
      layout.entries.forEach((entry, i) => {
        expect(cutFrom(entry.label, legend.entries[i]!.label)).toBe(true);
        expect(ctx.measureText(`${entry.label}  ${entry.count}`).width).toBeLessThanOrEqual(room - 20 + 1);
      });
      if (width < 1000) expect(layout.entries[0]!.label).toMatch(/…$/);
      expect(layout.more).toBe(`+ ${30 - layout.entries.length}`);
      expect(layout.footer).not.toBe('');
    }
    // A short legend on a large image is drawn as it is.
    const entries = [
      { label: 'Culture', color: '#123456', count: 3 },
      { label: 'Education', color: '#654321', count: 1 },
    ];
    const small = layoutLegend(ctx, { title: 'Sectors', entries, footer: '4 of 4 links shown' }, 1200, 800)!;
    expect(small.scale).toBe(1);
    expect(small.title).toEqual(['Sectors']);
    expect(small.entries.map((e) => e.label)).toEqual(['Culture', 'Education']);
    expect(small.footer).toBe('4 of 4 links shown');
    expect(small.more).toBe('');
  });
});

describe('#10: a malformed region file in the element', () => {
  it('#10: ends in coop-error naming what is wrong, not a TypeError', async () => {
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [129, 36],
          [130, 37],
          [129, 36],
        ],
      ],
      objects: {
        regions: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'NEAR-1', arcs: [[3]] }] },
      },
    };
    const element = mount({
      'regions-src': URL.createObjectURL(new Blob([JSON.stringify(topology)], { type: 'application/json' })),
    });
    const failed = nextEvent(element, 'coop-error');
    element.data = { links: [{ source: 'RU-IRK', target: 'NEAR-1' }] };
    const { detail } = await failed;
    // The file is named (here its blob: URL), then what is wrong in it.
    expect(detail.message).toMatch(/^region shapes \(blob:[^)]+\): none of the 1 shapes can be read; /);
    expect(detail.message).toMatch(
      /the first: regions\.objects\.regions\.geometries\[0\]: it names arc 3, and the file has 1 arcs$/,
    );
    expect(detail.message).not.toMatch(/TypeError|Cannot read properties|undefined/);
    expect(detail.issues[0]).toMatchObject({ severity: 'error', code: 'region-file' });
  });
});
