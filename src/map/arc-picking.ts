import { ensureTarget, freeTarget, type RenderTarget } from './gl/target.js';

/** CSS pixels around the pointer within which an arc counts as hit. */
export const PICK_MARGIN_PX = 3;

/** A rectangle of pixels: CSS pixels from the top left, or device pixels from the bottom left. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PickRequest extends PixelRect {
  resolve: (instances: Uint32Array) => void;
}

/**
 * A rectangle of the map in CSS pixels as the device pixels of a drawing buffer `width` ×
 * `height` (y up), at least one pixel, clipped to the buffer; null when nothing of it is left.
 */
export function pickRect(rect: PixelRect, ratio: number, width: number, height: number): PixelRect | null {
  const x = Math.max(0, Math.floor(rect.x * ratio));
  const y = Math.max(0, Math.floor(height - (rect.y + rect.height) * ratio));
  const w = Math.min(width - x, Math.max(1, Math.ceil(rect.width * ratio)));
  const h = Math.min(height - y, Math.max(1, Math.ceil(rect.height * ratio)));
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
}

/**
 * Distinct instance indices in an id buffer, in order of how many pixels show them (most
 * first). The shader writes instance i as i + 1 in red, green and blue (low byte first); 0 is
 * no arc.
 */
export function decodeIds(pixels: Uint8Array): Uint32Array {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const id = pixels[i]! + pixels[i + 1]! * 256 + pixels[i + 2]! * 65536;
    if (id > 0) counts.set(id - 1, (counts.get(id - 1) ?? 0) + 1);
  }
  return Uint32Array.from([...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id));
}

/**
 * GPU picking: requests wait for the next frame, which draws the arcs' ids into an id buffer of
 * the drawing buffer's size, one rectangle at a time, and reads them back.
 */
export class ArcPicker {
  private readonly queue: PickRequest[] = [];
  private target: RenderTarget | null = null;

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** The instances drawn in a rectangle of CSS pixels, once `answer` has run. */
  request(rect: PixelRect): Promise<Uint32Array> {
    return new Promise((resolve) => this.queue.push({ ...rect, resolve }));
  }

  /** Answers every request: `drawIds` draws the arcs' ids into the bound framebuffer. */
  answer(gl: WebGL2RenderingContext, ratio: number, drawIds: () => void): void {
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    this.target = ensureTarget(gl, this.target, width, height, false);
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.target.framebuffer);
    gl.viewport(0, 0, width, height);
    gl.disable(gl.BLEND);
    for (const request of this.queue.splice(0)) {
      const rect = pickRect(request, ratio, width, height);
      if (!rect) {
        request.resolve(new Uint32Array(0));
        continue;
      }
      gl.enable(gl.SCISSOR_TEST);
      gl.scissor(rect.x, rect.y, rect.width, rect.height);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      drawIds();
      const pixels = new Uint8Array(rect.width * rect.height * 4);
      gl.readPixels(rect.x, rect.y, rect.width, rect.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      gl.disable(gl.SCISSOR_TEST);
      request.resolve(decodeIds(pixels));
    }
  }

  /** Answers every request with nothing (no arcs, or the layer removed). */
  cancel(): void {
    for (const request of this.queue.splice(0)) request.resolve(new Uint32Array(0));
  }

  free(gl: WebGL2RenderingContext): void {
    freeTarget(gl, this.target);
    this.target = null;
    this.cancel();
  }
}
