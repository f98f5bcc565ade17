import '../../src/coop-map.js';
import type { CoopMap } from '../../src/coop-map.js';

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

/**
 * Counts the canvas pixels close to each color, read right after a frame is drawn. Arcs are
 * antialiased and blended, so only pixels within `tolerance` of a color count.
 */
export async function countColors(element: CoopMap, colors: Record<string, string>, tolerance = 40): Promise<Record<string, number>> {
  const map = element.map!;
  const targets = Object.entries(colors).map(([name, hex]) => [name, hexRgb(hex)] as const);
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(canvas, 0, 0);
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
      for (let i = 0; i < data.length; i += 4) {
        for (const [name, [r, g, b]] of targets) {
          if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) <= tolerance) counts[name]!++;
        }
      }
      resolve(counts);
    });
    map.triggerRepaint();
  });
}

function hexRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
