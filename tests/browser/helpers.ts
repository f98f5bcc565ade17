import '../../src/coop-map.js';
import type { CoopMap } from '../../src/coop-map.js';
import { MercatorCoordinate } from 'maplibre-gl';
import { arcMercatorPath } from '../../src/geometry/arcs.js';
import { hexToRgb } from '../../src/map/view-math.js';

export const SEED_URL = '/data/seed.json';

/** Adds a `<coop-map>` sized for the tests, with the given attributes and properties, to the page. */
export function mount(attributes: Record<string, string> = {}, properties: Partial<CoopMap> = {}): CoopMap {
  const element = document.createElement('coop-map');
  element.style.width = '900px';
  element.style.height = '560px';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  document.body.append(element);
  return element;
}

export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  timeout = 45_000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

export async function loadSeed(): Promise<unknown> {
  return (await fetch(SEED_URL)).json();
}

/** Removes every element a test added. */
export function cleanup(): void {
  for (const element of document.querySelectorAll('coop-map')) element.remove();
}

/** The map's canvas as RGBA bytes, read right after a frame is drawn. */
export function canvasPixels(element: CoopMap): Promise<Uint8ClampedArray> {
  const map = element.map!;
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(canvas, 0, 0);
      resolve(ctx.getImageData(0, 0, copy.width, copy.height).data);
    });
    map.triggerRepaint();
  });
}

/**
 * Counts the canvas pixels close to each color, read right after a frame is drawn. Arcs are
 * antialiased and blended, so only pixels within `tolerance` of a color count.
 */
export async function countColors(
  element: CoopMap,
  colors: Record<string, string>,
  tolerance = 40,
): Promise<Record<string, number>> {
  const targets = Object.entries(colors).map(([name, hex]) => [name, hexToRgb(hex)] as const);
  const data = await canvasPixels(element);
  const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  for (let i = 0; i < data.length; i += 4) {
    for (const [name, [r, g, b]] of targets) {
      if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) <= tolerance)
        counts[name]!++;
    }
  }
  return counts;
}

/** Where on screen (CSS px, relative to the map) the middle of a link's arc is drawn. */
export function arcMiddle(element: CoopMap, a: [number, number], b: [number, number]): { x: number; y: number } {
  const [x, y] = arcMercatorPath(a, b, 2)[1]!;
  const map = element.map!;
  const lngLat = new MercatorCoordinate(x, y).toLngLat();
  // The world copy of the point nearest the view's centre is the one on screen.
  const centre = map.getCenter().lng;
  while (lngLat.lng - centre > 180) lngLat.lng -= 360;
  while (lngLat.lng - centre < -180) lngLat.lng += 360;
  const point = map.project(lngLat);
  return { x: point.x, y: point.y };
}

/** A mouse event on the map canvas at a point relative to the map, as a pointer would send it. */
export function mouse(
  element: CoopMap,
  type: 'mousemove' | 'mousedown' | 'mouseup' | 'click',
  point: { x: number; y: number },
): void {
  const canvas = element.map!.getCanvas();
  const rect = canvas.getBoundingClientRect();
  canvas.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX: rect.left + point.x,
      clientY: rect.top + point.y,
      button: 0,
    }),
  );
}

/** A full click (down, up, click) at a point of the map. */
export function clickAt(element: CoopMap, point: { x: number; y: number }): void {
  mouse(element, 'mousedown', point);
  mouse(element, 'mouseup', point);
  mouse(element, 'click', point);
}

/** Waits until `check` returns something truthy, polling each frame. */
export async function until<T>(check: () => T | Promise<T>, timeout = 10_000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The color drawn at a point of the map (CSS px), read right after the next frame. */
export function pixelAt(element: CoopMap, point: { x: number; y: number }): Promise<[number, number, number]> {
  const map = element.map!;
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const ratio = canvas.width / canvas.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = 1;
      copy.height = 1;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, Math.round(point.x * ratio), Math.round(point.y * ratio), 1, 1, 0, 0, 1, 1);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      resolve([r!, g!, b!]);
    });
    map.triggerRepaint();
  });
}

export function colorDistance(a: readonly number[], b: readonly number[]): number {
  return Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!);
}

/** Where the element draws a place (its label point), read from the map's label source. */
export function placeOf(element: CoopMap, id: string): [number, number] {
  const feature = element.map!.querySourceFeatures('coop-labels').find((f) => f.properties.placeId === id);
  if (!feature) throw new Error(`no place ${id} on the map`);
  const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
  return [((((lon + 180) % 360) + 360) % 360) - 180, lat];
}

/** Share of pixels that differ by more than a little between two pictures of the same size. */
export function differingShare(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) throw new Error(`pictures of ${a.length} and ${b.length} bytes`);
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 24) differing++;
  }
  return differing / (a.length / 4);
}
