// What the benchmark asks of each side, so that the page drives both the same way.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { CooperationDataInput } from '../src/data/types.ts';
import type { FrameClock, FrameTiming } from './frame-clock.ts';

export const CANVAS_WIDTH_PX = 1000;
export const CANVAS_HEIGHT_PX = 700;

/** The filters the benchmark sets: shown sector ids (null: all) and a years range (null: all time). */
export interface FilterChoice {
  sectors: readonly string[] | null;
  years: readonly [number, number] | null;
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface LoadTiming {
  /** The first frame that draws every arc of the data set. */
  firstFrame: FrameTiming;
  /** When the side says it is done: `coop-load` for coop-map, the map's `idle` for deck.gl. */
  settled: number;
}

export interface FilterTiming extends FrameTiming {
  /** For coop-map: when the element's update (render of the legend, filter handed to the map) had finished. */
  updated?: number;
}

export interface Side {
  readonly name: 'coop-map' | 'deck.gl';
  readonly map: MaplibreMap;
  readonly clock: FrameClock;
  /** Arcs the side draws for the data set (one per link and sector). */
  instanceCount(data: CooperationDataInput): number;
  /** Arcs the side draws now (with `group-by`: one per group and sector). */
  drawnInstances(): number;
  /** Work on the data set before any clock starts (deck.gl with `group-by`: the model the library groups). */
  prepare(data: CooperationDataInput): Promise<void>;
  /**
   * Assigns the data set at `t0` (taken inside) and resolves once it is on screen; `inspect` runs
   * on the first frame with the arcs, after its clock has stopped.
   */
  assign(data: CooperationDataInput, inspect?: () => void): Promise<{ t0: number } & LoadTiming>;
  /** Changes the filters at `t0` (taken inside) and resolves with the frame that shows the change. */
  filter(choice: FilterChoice): Promise<{ t0: number } & FilterTiming>;
}

/** Instances per link: one per sector, a link without sectors counting as one. */
export function countInstances(data: CooperationDataInput): number {
  let count = 0;
  for (const link of data.links) count += Math.max(1, link.sectors?.length ?? 0);
  return count;
}

export function sizeContainer(element: HTMLElement): void {
  element.style.width = `${CANVAS_WIDTH_PX}px`;
  element.style.height = `${CANVAS_HEIGHT_PX}px`;
  element.style.display = 'block';
  element.style.position = 'relative';
}
