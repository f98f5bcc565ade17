// Side A: <coop-map>, driven through its public surface (the `data` property, the `sectors` and
// `years` attributes, the `coop-load` event). The arc layer is only looked at, to know which
// frame first carries the new arcs or filters.
import '../src/coop-map.ts';
import type { CoopMap } from '../src/coop-map.ts';
import { defaultGeodataBase, loadCountries } from '../src/load/geodata.ts';
import { LAYER_IDS } from '../src/map/map-controller.ts';
import type { CooperationDataInput } from '../src/data/types.ts';
import type { GroupBy } from '../src/data/link-group.ts';
import { FrameClock, mapSettled, type FrameTiming } from './frame-clock.ts';
import { countInstances, sizeContainer, type FilterChoice, type Side } from './side.ts';

/** What the benchmark reads of the arc layer: its instance buffers and its filter state. */
interface ArcLayerView {
  arcs: { count: number } | null;
  state: object;
}

/** A change timed to the first frame that shows it and to the last frame drawn before the map went quiet. */
export interface ChangeTiming {
  firstFrame: number;
  settled: number;
  /** Frames drawn from the change until quiet. */
  frames: number;
  /** Arc instances drawn once settled. */
  instances: number;
  camera: { center: [number, number]; zoom: number };
}

export async function mountCoopMap(parent: HTMLElement, groupBy: GroupBy | null): Promise<CoopMapSide> {
  const element = document.createElement('coop-map');
  element.setAttribute('theme', 'light');
  element.setAttribute('lang', 'en');
  if (groupBy) element.setAttribute('group-by', groupBy);
  sizeContainer(element);
  parent.append(element);
  await element.updateComplete;
  const map = element.map;
  if (!map) throw new Error('coop-map created no map');
  if (!map.loaded()) await new Promise((resolve) => map.once('load', resolve));
  // The element fills the basemap with the bundled countries once they are loaded (cached per page).
  await loadCountries(defaultGeodataBase());
  await mapSettled(map);
  return new CoopMapSide(element);
}

export class CoopMapSide implements Side {
  readonly name = 'coop-map' as const;
  readonly clock: FrameClock;

  constructor(private readonly element: CoopMap) {
    this.clock = new FrameClock(element.map!);
  }

  get map() {
    return this.element.map!;
  }

  private get layer(): ArcLayerView {
    const layer = this.map.getLayer(LAYER_IDS.arcs) as unknown as { implementation: ArcLayerView } | undefined;
    if (!layer) throw new Error('coop-map has no arc layer');
    return layer.implementation;
  }

  /** With `group-by`, the arcs are the groups: how many is known once drawn. */
  private get grouped(): boolean {
    return this.element.hasAttribute('group-by');
  }

  instanceCount(data: CooperationDataInput): number {
    return countInstances(data);
  }

  drawnInstances(): number {
    return this.layer.arcs?.count ?? 0;
  }

  async prepare(): Promise<void> {}

  async assign(data: CooperationDataInput, inspect?: () => void) {
    const expected = this.grouped ? null : this.instanceCount(data);
    const before = this.layer.arcs;
    const loaded = new Promise<number>((resolve) =>
      this.element.addEventListener('coop-load', () => resolve(performance.now()), { once: true }),
    );
    const frame = this.clock.nextFrame(() => {
      const arcs = this.layer.arcs;
      return arcs !== before && arcs !== null && (expected === null ? arcs.count > 0 : arcs.count === expected);
    }, inspect);
    const t0 = performance.now();
    this.element.data = data;
    const firstFrame = await frame;
    return { t0, firstFrame, settled: await loaded };
  }

  async filter(choice: FilterChoice) {
    // Grouped, the filters apply to the links before grouping: the change shows with new arcs.
    const [state, arcs] = [this.layer.state, this.layer.arcs];
    const frame = this.clock.nextFrame(() => (this.grouped ? this.layer.arcs !== arcs : this.layer.state !== state));
    const t0 = performance.now();
    if (choice.sectors) this.element.setAttribute('sectors', choice.sectors.join(' '));
    else this.element.removeAttribute('sectors');
    if (choice.years) this.element.setAttribute('years', `${choice.years[0]}-${choice.years[1]}`);
    else this.element.removeAttribute('years');
    await this.element.updateComplete;
    const updated = performance.now();
    return { t0, updated, ...(await frame) };
  }

  /** Sets `group-by` (null: none) and times it until the map is quiet. */
  changeGroupBy(groupBy: GroupBy | null): Promise<ChangeTiming> {
    return this.timeChange(() => {
      if (groupBy) this.element.setAttribute('group-by', groupBy);
      else this.element.removeAttribute('group-by');
    });
  }

  /** Assigns `.data` and times it until the map is quiet (as `changeGroupBy`, not to `coop-load`). */
  reload(data: CooperationDataInput): Promise<ChangeTiming> {
    return this.timeChange(() => (this.element.data = data));
  }

  private async timeChange(change: () => void): Promise<ChangeTiming> {
    await mapSettled(this.map);
    this.clock.finish();
    const before = this.layer.arcs;
    const drawn: number[] = [];
    const onRender = () => drawn.push(this.clock.finish());
    const frame: Promise<FrameTiming> = this.clock.nextFrame(() => this.layer.arcs !== before);
    this.map.on('render', onRender);
    const t0 = performance.now();
    change();
    const first = await frame;
    await mapSettled(this.map);
    this.map.off('render', onRender);
    const center = this.map.getCenter();
    return {
      firstFrame: first.done - t0,
      settled: Math.max(first.done, ...drawn) - t0,
      frames: drawn.length,
      instances: this.drawnInstances(),
      camera: { center: [center.lng, center.lat], zoom: this.map.getZoom() },
    };
  }
}
