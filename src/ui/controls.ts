import { html, nothing, type TemplateResult } from 'lit';
import type { DataView } from '../filters/data-view.js';
import type { FilterState, YearRange } from '../filters/filters.js';
import type { Thinning } from '../filters/thinning.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderLegend } from './legend.js';
import { renderTimeline } from './timeline.js';

export interface ControlsProps {
  view: DataView;
  /** With `group-by`, the grouped data set, whose links (the groups) are the arcs drawn. */
  grouped?: DataView | null;
  filters: FilterState;
  /** `top` and `min-weight`, and the key of the filter state with them. */
  thinning: Thinning;
  filterKey: string;
  strings: UiStrings;
  lang: string;
  /** The legend's toggles of link types and its country picker (src/controllers/filter-choices.ts). */
  choices?: TemplateResult | typeof nothing;
  noLegend: boolean;
  noTimeline: boolean;
  playing: boolean;
  reducedMotion: boolean;
  onToggleSector: (id: string) => void;
  onYears: (range: YearRange | null) => void;
  onTogglePlay: (extent: readonly [number, number]) => void;
  onExport: (format: 'png' | 'csv') => void;
  /** See LegendProps.folded. */
  legendFolded: boolean | null;
  onFoldLegend: () => void;
}

/** The legend and the timeline. A filter change must not walk every link: counts come from the index. */
export function renderControls(props: ControlsProps): TemplateResult {
  const { view, filters, strings, lang } = props;
  const extent = view.extent;
  return html`
    ${
      props.noLegend
        ? nothing
        : renderLegend({
            dataset: view.dataset,
            sectors: filters.sectors,
            counts: view.countsBySector(filters),
            shown: view.index.countVisible(filters),
            leftOut: view.input.leftOut,
            drawn: (props.grouped ?? view).drawn(filters, props.thinning, props.filterKey).links,
            grouped: props.grouped
              ? { arcs: props.grouped.dataset.links.length, arcData: props.grouped.dataset }
              : undefined,
            sectorsInUse: view.index.sectorsInUse,
            statusesInUse: view.index.statusesInUse,
            lang,
            strings,
            choices: props.choices,
            onToggle: props.onToggleSector,
            onExportPng: () => props.onExport('png'),
            onExportCsv: () => props.onExport('csv'),
            folded: props.legendFolded,
            onFold: props.onFoldLegend,
          })
    }
    ${
      extent && !props.noTimeline
        ? renderTimeline({
            extent,
            range: filters.years,
            playing: props.playing,
            reducedMotion: props.reducedMotion,
            strings,
            onChange: props.onYears,
            onTogglePlay: () => props.onTogglePlay(extent),
          })
        : nothing
    }
  `;
}
