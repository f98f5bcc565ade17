// What the element gives its map: the view (everything shown besides the data) and the data.
import type { StyleSpecification } from 'maplibre-gl';
import type { DataSet } from '../data/model.js';
import type { Target } from '../data/target.js';
import type { FilterState } from '../filters/filters.js';
import type { Thinning } from '../filters/thinning.js';
import type { Theme } from '../map/basemap.js';
import type { PlaceShapes } from '../map/place-layers.js';

/** Everything the map shows besides the data, as the element's attributes and state say. */
export interface MapView {
  style: string | StyleSpecification | null;
  theme: Theme;
  projection: 'mercator' | 'globe';
  lang: string;
  geodataBase: string;
  /** How long each geodata download waits for the server, in milliseconds. */
  timeoutMs: number;
  filters: FilterState;
  /** `top` and `min-weight`. */
  thinning: Thinning;
  /** Changes exactly when `filters` or `thinning` does. */
  filterKey: string;
  /** What the pointer or the keyboard is on. */
  hover: Target | null;
  selection: Target | null;
  /** The canvas's name and description for assistive technology, in the element's language. */
  labels: MapLabels | null;
}

export interface MapLabels {
  map: string;
  roleDescription: string;
  /** Id of the element (in the same shadow root) that describes the map's keys. */
  describedBy: string;
  toggleAttribution: string;
}

export interface MapData {
  dataset: DataSet;
  shapes: PlaceShapes;
}
