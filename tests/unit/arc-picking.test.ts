import { describe, expect, it } from 'vitest';
import { decodeIds, pickRect } from '../../src/map/arc-picking.js';

/** An id buffer as the shader writes it: instance i as i + 1, low byte first in red. */
function idPixels(ids: (number | null)[]): Uint8Array {
  const pixels = new Uint8Array(ids.length * 4);
  ids.forEach((id, i) => {
    if (id === null) return;
    const n = id + 1;
    pixels.set([n & 255, (n >> 8) & 255, (n >> 16) & 255, 255], i * 4);
  });
  return pixels;
}

describe('picking', () => {
  it('decodes each instance once, the one most pixels show first', () => {
    expect(Array.from(decodeIds(idPixels([null, 7, 70_000, 70_000, null, 0, 70_000, 7])))).toEqual([70_000, 7, 0]);
    expect(Array.from(decodeIds(idPixels([null, null])))).toEqual([]);
    expect(Array.from(decodeIds(idPixels([300])))).toEqual([300]);
  });

  it('turns a CSS rectangle into device pixels counted from the bottom, clipped to the buffer', () => {
    // On a 200 × 100 buffer, at two device pixels per CSS pixel unless said.
    const rect = (x: number, y: number, width: number, height: number, ratio = 2) =>
      pickRect({ x, y, width, height }, ratio, 200, 100);
    expect(rect(10, 5, 1, 1)).toEqual({ x: 20, y: 88, width: 2, height: 2 });
    expect(rect(0, 0, 100, 50)).toEqual({ x: 0, y: 0, width: 200, height: 100 });
    expect(rect(95, 0, 20, 10)).toEqual({ x: 190, y: 80, width: 10, height: 20 });
    // A sliver of a pixel still reads one pixel; a rectangle off the buffer reads none.
    expect(rect(3.2, 4.1, 0.1, 0.1, 1)).toEqual({ x: 3, y: 95, width: 1, height: 1 });
    expect(rect(300, 0, 5, 5, 1)).toBeNull();
  });
});
