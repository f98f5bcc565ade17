import { html, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { cssomStyle } from './cssom-style.js';
import type { YearRange } from '../filters/filters.js';
import { rangeFromThumbs, thumbYears } from '../filters/timeline.js';
import { formatYearSpan, type UiStrings } from '../i18n/strings.js';

export interface TimelineProps {
  /** The data's years, `[min, max]` (see `yearExtent`). */
  extent: readonly [number, number];
  /** The years shown; null = all time. */
  range: YearRange | null;
  playing: boolean;
  /** The reader prefers reduced motion: play still steps, but nothing slides between steps. */
  reducedMotion: boolean;
  strings: UiStrings;
  /** The reader moved a thumb or asked for all years; null = all time. */
  onChange: (range: YearRange | null) => void;
  onTogglePlay: () => void;
}

/** The other thumb of the pair, read from the page so that a handler never works from a stale render. */
function thumbs(input: HTMLInputElement): { from: HTMLInputElement; to: HTMLInputElement } | null {
  const track = input.closest('.year-slider');
  const from = track?.querySelector<HTMLInputElement>('input.from');
  const to = track?.querySelector<HTMLInputElement>('input.to');
  return from && to ? { from, to } : null;
}

/**
 * The year-range slider: two native range inputs over one track (keyboard and screen readers
 * work as with any slider), the range as text, a play/pause toggle and a button for all years.
 * `from` is held at or below `to`: a thumb pushed past the other stops there.
 */
export function renderTimeline(props: TimelineProps): TemplateResult {
  const { extent, range, strings } = props;
  const [min, max] = extent;
  const [from, to] = thumbYears(range, extent);
  const span = max - min;
  const share = (year: number) => (span > 0 ? (year - min) / span : 0);
  const text = range === null ? strings.allYears : (formatYearSpan(range.from, range.to, strings) ?? strings.allYears);

  const onInput = (which: 'from' | 'to') => (event: Event) => {
    const pair = thumbs(event.target as HTMLInputElement);
    if (!pair) return;
    let a = pair.from.valueAsNumber;
    let b = pair.to.valueAsNumber;
    if (a > b) {
      // The thumb being moved stops at the other one; writing the value back keeps the input
      // honest even when the element does not re-render (the range it reports is unchanged).
      if (which === 'from') a = b;
      else b = a;
      pair.from.value = String(a);
      pair.to.value = String(b);
    }
    props.onChange(rangeFromThumbs(a, b, extent));
  };

  // A click on the track moves the nearer thumb there: years change without dragging (WCAG 2.5.7).
  const onTrackClick = (event: MouseEvent) => {
    if (span === 0 || event.target instanceof HTMLInputElement) return;
    const slider = event.currentTarget as HTMLElement;
    const box = slider.getBoundingClientRect();
    // The thumbs' width, as the styles set it (`--_thumb`): their centres span the track less one thumb.
    const thumb = parseFloat(getComputedStyle(slider).getPropertyValue('--_thumb')) || 0;
    const ratio = Math.min(1, Math.max(0, (event.clientX - box.left - thumb / 2) / (box.width - thumb)));
    const year = Math.round(min + ratio * span);
    const moveFrom = year < from || (year <= to && year - from <= to - year);
    props.onChange(rangeFromThumbs(moveFrom ? year : from, moveFrom ? to : year, extent));
  };

  const thumb = (which: 'from' | 'to', year: number) =>
    html`<input
      type="range"
      class=${which}
      aria-label=${which === 'from' ? strings.yearFrom : strings.yearTo}
      min=${min}
      max=${max}
      step="1"
      .value=${live(String(year))}
      ?disabled=${span === 0}
      @input=${onInput(which)}
    />`;

  const sliderClasses = {
    animated: props.playing && !props.reducedMotion,
    'from-on-top': from === to && from > min + span / 2,
  };
  return html`<div class="panel timeline" part="timeline" role="group" aria-label=${strings.timeline}>
    <button
      type="button"
      class="play"
      aria-pressed=${props.playing ? 'true' : 'false'}
      aria-label=${strings.play}
      title=${strings.play}
      @click=${() => props.onTogglePlay()}
    >
      ${
        props.playing
          ? html`<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <rect x="2" y="1.5" width="3" height="9" fill="currentColor"></rect>
              <rect x="7" y="1.5" width="3" height="9" fill="currentColor"></rect>
            </svg>`
          : html`<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M3 1.5v9l7.5-4.5z" fill="currentColor"></path>
            </svg>`
      }
    </button>
    <span class="years-text">${text}</span>
    <!-- Where both thumbs meet, the one that can still move away is put on top for the mouse. -->
    <div class="year-slider ${classMap(sliderClasses)}" @click=${onTrackClick}>
      <div class="track" aria-hidden="true">
        <div class="track-fill" ${cssomStyle({ '--_a': String(share(from)), '--_b': String(share(to)) })}></div>
      </div>
      ${thumb('from', from)} ${thumb('to', to)}
    </div>
    <!-- aria-disabled, not disabled: a button that disables itself would drop the focus to the page. -->
    <button
      type="button"
      class="all-years"
      aria-disabled=${range === null ? 'true' : 'false'}
      @click=${() => range !== null && props.onChange(null)}
    >
      ${strings.showAllYears}
    </button>
  </div>`;
}
