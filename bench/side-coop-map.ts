// Side A: <coop-map>, driven through its public surface (the `data` property, the `sectors` and
// `years` attributes, the `coop-load` event). The arc layer is only looked at, to know which
// frame first carries the new arcs or filters.
import '../src/coop-map.ts';
import type { CoopMap } from '../src/coop-map.ts';
import { defaultGeodataBase, loadCountries } from '../src/load/geodata.ts';
import { LAYER_IDS } from '../src/map/map-controller.ts';
import type { CooperationDataInput } from '../src/data/types.ts';
import { FrameClock, mapSettled } from './frame-clock.ts';
import { countInstances, sizeContainer, type FilterChoice, type Side } from './side.ts';

/** What the benchmark reads of the arc layer: its instance buffers and its filter state. */
interface ArcLayerView {
  arcs: { count: number } | null;
  state: object;
}

export async function mountCoopMap(parent: HTMLElement): Promise<Side> {
  const element = document.createElement('coop-map');
  element.setAttribute('theme', 'light');
  element.setAttribute('lang', 'en');
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

class CoopMapSide implements Side {
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

  instanceCount(data: CooperationDataInput): number {
    return countInstances(data);
  }

  async assign(data: CooperationDataInput, inspect?: () => void) {
    const expected = this.instanceCount(data);
    const before = this.layer.arcs;
    const loaded = new Promise<number>((resolve) =>
      this.element.addEventListener('coop-load', () => resolve(performance.now()), { once: true }),
    );
    const frame = this.clock.nextFrame(() => {
      const arcs = this.layer.arcs;
      return arcs !== before && arcs?.count === expected;
    }, inspect);
    const t0 = performance.now();
    this.element.data = data;
    const firstFrame = await frame;
    return { t0, firstFrame, settled: await loaded };
  }

  async filter(choice: FilterChoice) {
    const before = this.layer.state;
    const frame = this.clock.nextFrame(() => this.layer.state !== before);
    const t0 = performance.now();
    if (choice.sectors) this.element.setAttribute('sectors', choice.sectors.join(' '));
    else this.element.removeAttribute('sectors');
    if (choice.years) this.element.setAttribute('years', `${choice.years[0]}-${choice.years[1]}`);
    else this.element.removeAttribute('years');
    await this.element.updateComplete;
    const updated = performance.now();
    return { t0, updated, ...(await frame) };
  }
}
