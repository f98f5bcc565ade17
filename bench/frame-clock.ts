// When a frame is done. With software WebGL the GPU work of a frame runs after the JavaScript
// that issued it, so a frame counts as done only once the GPU has finished it: after MapLibre's
// `render` event (all layers, ours or deck.gl's, have issued their draws) the clock calls
// gl.finish() and reads one pixel back, which cannot return before every draw has landed.
// The same instrument is attached to both maps.
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface FrameTiming {
  /** When MapLibre's render function started on the frame. */
  start: number;
  /** When the GPU had finished the frame. */
  done: number;
}

/** Basemap, points and labels are greys and pale tints; the sector colors differ by more than this between channels. */
const SATURATION_THRESHOLD = 60;

type RenderFunction = (paintStartTimeStamp: number) => unknown;

export class FrameClock {
  readonly gl: WebGL2RenderingContext;
  private frameStart = 0;
  private readonly pixel = new Uint8Array(4);

  constructor(readonly map: MaplibreMap) {
    const gl = map.getCanvas().getContext('webgl2');
    if (!gl) throw new Error('the map has no WebGL 2 context');
    this.gl = gl;
    // MapLibre renders through Map#_render (from its animation frame, or from redraw()): note
    // when it starts, to split a latency into the wait before the frame and the frame itself.
    const target = map as unknown as { _render: RenderFunction };
    const render = target._render.bind(map);
    target._render = (stamp: number) => {
      this.frameStart = performance.now();
      return render(stamp);
    };
  }

  /** Blocks until the GPU has finished everything issued so far. */
  finish(): number {
    const gl = this.gl;
    gl.finish();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.pixel);
    return performance.now();
  }

  /**
   * The first frame rendered after now for which `shows()` holds, timed once the GPU has finished
   * it. `inspect`, when given, runs after the clock has stopped, while the frame is still in the
   * drawing buffer.
   */
  nextFrame(shows: () => boolean, inspect?: () => void, timeoutMs = 900_000): Promise<FrameTiming> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.map.off('render', onRender);
        reject(new Error(`no frame showed the change within ${timeoutMs} ms`));
      }, timeoutMs);
      const onRender = () => {
        if (!shows()) return;
        const done = this.finish();
        inspect?.();
        this.map.off('render', onRender);
        clearTimeout(timer);
        resolve({ start: this.frameStart, done });
      };
      this.map.on('render', onRender);
    });
  }

  /** Renders one frame now (MapLibre's synchronous redraw) and times it to GPU completion. */
  renderNow(): FrameTiming {
    const start = performance.now();
    this.map.redraw();
    return { start, done: this.finish() };
  }

  /** Pixels of the frame in the drawing buffer whose color is saturated: arcs, not the basemap. */
  saturatedPixels(): number {
    const gl = this.gl;
    const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
    const pixels = new Uint8Array(width * height * 4);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const r = pixels[i]!,
        g = pixels[i + 1]!,
        b = pixels[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) > SATURATION_THRESHOLD) count++;
    }
    return count;
  }
}

/** Resolves on the next animation frame. */
export function animationFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Animation frames in a row without a pending map frame that count as settled. */
const QUIET_FRAMES = 2;

/**
 * Waits until the map has nothing left to do: no frame requested, nothing loading, for a few
 * animation frames in a row. Unlike waiting for `idle` after a repaint, it draws no extra frame
 * (a frame of a large data set costs seconds in software rendering).
 */
export async function mapSettled(map: MaplibreMap): Promise<void> {
  const pending = () => Boolean((map as unknown as { _frameRequest?: unknown })._frameRequest) || !map.loaded();
  for (let quiet = 0; quiet < QUIET_FRAMES;) {
    await animationFrame();
    quiet = pending() ? 0 : quiet + 1;
  }
}
