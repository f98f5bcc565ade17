import { render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { YearRange } from '../../src/filters/filters.js';
import { renderTimeline } from '../../src/ui/timeline.js';
import { plainContainer, removeAll, STRINGS, styledHost, timelineProps } from './ui-fixtures.js';

afterEach(removeAll);

const props = timelineProps;

function parts(root: ParentNode) {
  const bar = root.querySelector<HTMLElement>('[part="timeline"]')!;
  return {
    bar,
    from: bar.querySelector<HTMLInputElement>('input.from')!,
    to: bar.querySelector<HTMLInputElement>('input.to')!,
    play: bar.querySelector<HTMLButtonElement>('button.play')!,
    all: bar.querySelector<HTMLButtonElement>('button.all-years')!,
    text: bar.querySelector<HTMLElement>('.years-text')!,
  };
}

/** Moves a thumb the way a drag does: a new value, then an `input` event. */
function slide(input: HTMLInputElement, year: number): void {
  input.value = String(year);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('renderTimeline', () => {
  it('has two labelled range thumbs over the extent, standing at the current range', () => {
    const container = plainContainer();
    render(renderTimeline(props({ range: { from: 2012, to: 2018 } })), container);
    const { bar, from, to, text } = parts(container);
    expect(bar.getAttribute('aria-label')).toBe('Years');
    for (const input of [from, to]) {
      expect(input.type).toBe('range');
      expect(input.min).toBe('1990');
      expect(input.max).toBe('2025');
    }
    expect(from.getAttribute('aria-label')).toBe('From year');
    expect(to.getAttribute('aria-label')).toBe('To year');
    expect([from.valueAsNumber, to.valueAsNumber]).toEqual([2012, 2018]);
    expect(text.textContent).toBe('2012–2018');
  });

  it('shows all time with the thumbs at the ends, and open ranges in words', () => {
    const container = plainContainer();
    render(renderTimeline(props()), container);
    expect([parts(container).from.valueAsNumber, parts(container).to.valueAsNumber]).toEqual([1990, 2025]);
    expect(parts(container).text.textContent).toBe('All years');
    render(renderTimeline(props({ range: { from: 2015, to: null }, strings: STRINGS.ru })), container);
    expect(parts(container).text.textContent).toBe('с\u00a02015\u00a0г.');
    expect(parts(container).from.getAttribute('aria-label')).toBe('Начальный год');
    render(renderTimeline(props({ range: { from: 2016, to: 2016 } })), container);
    expect(parts(container).text.textContent).toBe('2016');
  });

  it('reports the range on input, and all time when both thumbs reach the ends', () => {
    const onChange = vi.fn<(range: YearRange | null) => void>();
    const container = plainContainer();
    render(renderTimeline(props({ onChange })), container);
    const { from, to } = parts(container);
    slide(from, 2005);
    expect(onChange).toHaveBeenLastCalledWith({ from: 2005, to: 2025 });
    slide(to, 2010);
    expect(onChange).toHaveBeenLastCalledWith({ from: 2005, to: 2010 });
    slide(from, 1990);
    slide(to, 2025);
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('stops a thumb dragged past the other one, so from never passes to', () => {
    const onChange = vi.fn<(range: YearRange | null) => void>();
    const container = plainContainer();
    render(renderTimeline(props({ range: { from: 2000, to: 2010 }, onChange })), container);
    const { from, to } = parts(container);
    slide(from, 2020);
    expect(onChange).toHaveBeenLastCalledWith({ from: 2010, to: 2010 });
    expect([from.valueAsNumber, to.valueAsNumber]).toEqual([2010, 2010]);
    slide(to, 1995);
    expect(onChange).toHaveBeenLastCalledWith({ from: 2010, to: 2010 });
    expect([from.valueAsNumber, to.valueAsNumber]).toEqual([2010, 2010]);
  });

  it('holds the thumbs apart from the keyboard too', async () => {
    const onChange = vi.fn<(range: YearRange | null) => void>();
    const container = plainContainer();
    render(renderTimeline(props({ range: { from: 2009, to: 2010 }, onChange })), container);
    const { from, to } = parts(container);
    from.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ from: 2010, to: 2010 });
    await userEvent.keyboard('{ArrowRight}');
    expect(from.valueAsNumber).toBe(2010);
    expect(onChange).toHaveBeenLastCalledWith({ from: 2010, to: 2010 });
    to.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(to.valueAsNumber).toBe(2010);
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ from: 2010, to: 2011 });
  });

  it('follows a new range from the element, even after the reader moved a thumb', () => {
    const container = plainContainer();
    render(renderTimeline(props({ range: { from: 2000, to: 2010 } })), container);
    slide(parts(container).from, 2004);
    // The element answers with the range it settled on, which may equal the one it had.
    render(renderTimeline(props({ range: { from: 2000, to: 2010 } })), container);
    expect(parts(container).from.valueAsNumber).toBe(2000);
    render(renderTimeline(props({ range: { from: 2001, to: 2001 } })), container);
    expect([parts(container).from.valueAsNumber, parts(container).to.valueAsNumber]).toEqual([2001, 2001]);
  });

  it('toggles play with a pressed state and one accessible name', () => {
    const onTogglePlay = vi.fn();
    const container = plainContainer();
    render(renderTimeline(props({ onTogglePlay })), container);
    const { play } = parts(container);
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(play.getAttribute('aria-label')).toBe('Play through the years');
    play.click();
    expect(onTogglePlay).toHaveBeenCalledTimes(1);
    render(renderTimeline(props({ onTogglePlay, playing: true })), container);
    expect(parts(container).play.getAttribute('aria-pressed')).toBe('true');
    expect(parts(container).play.getAttribute('aria-label')).toBe('Play through the years');
  });

  it('offers all years only when a range is set, and keeps the focus when it has reset them (2.4.3)', async () => {
    const onChange = vi.fn<(range: YearRange | null) => void>();
    const { root, show } = styledHost(900, 560);
    show(renderTimeline(props({ onChange })));
    // Not disabled (a disabled button loses the focus): said to be unavailable, and doing nothing.
    expect(parts(root).all.disabled).toBe(false);
    expect(parts(root).all.getAttribute('aria-disabled')).toBe('true');
    parts(root).all.click();
    expect(onChange).not.toHaveBeenCalled();
    show(
      renderTimeline(
        props({
          onChange: (range) => (onChange(range), show(renderTimeline(props({ onChange })))),
          range: { from: 2000, to: 2001 },
        }),
      ),
    );
    expect(parts(root).all.getAttribute('aria-disabled')).toBe('false');
    parts(root).all.focus();
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(parts(root).all.getAttribute('aria-disabled')).toBe('true');
    expect(root.activeElement).toBe(parts(root).all);
  });

  it('moves the nearer thumb to a click on the track: years change without dragging (2.5.7)', () => {
    const onChange = vi.fn<(range: YearRange | null) => void>();
    const { root, show } = styledHost(900, 560);
    show(renderTimeline(props({ onChange, range: { from: 2000, to: 2010 } })));
    const slider = root.querySelector<HTMLElement>('.year-slider')!;
    const box = slider.getBoundingClientRect();
    const at = (year: number) => box.left + 8 + ((box.width - 16) * (year - 1990)) / 35;
    const click = (year: number) =>
      slider.dispatchEvent(
        new MouseEvent('click', { bubbles: true, clientX: at(year), clientY: box.top + box.height / 2 }),
      );
    click(1995);
    expect(onChange).toHaveBeenLastCalledWith({ from: 1995, to: 2010 });
    click(2012);
    expect(onChange).toHaveBeenLastCalledWith({ from: 2000, to: 2012 });
    click(2004);
    expect(onChange).toHaveBeenLastCalledWith({ from: 2004, to: 2010 });
  });

  it('slides between steps while playing, unless the reader prefers reduced motion', () => {
    const { root, show } = styledHost(900, 560);
    const fill = () => getComputedStyle(root.querySelector('.track-fill')!);
    show(renderTimeline(props({ playing: true, range: { from: 2000, to: 2000 } })));
    expect(fill().transitionDuration).not.toBe('0s');
    show(renderTimeline(props({ playing: true, reducedMotion: true, range: { from: 2000, to: 2000 } })));
    expect(fill().transitionDuration).toBe('0s');
    show(renderTimeline(props({ playing: false, range: { from: 2000, to: 2000 } })));
    expect(fill().transitionDuration).toBe('0s');
  });

  it('sits at the bottom centre of the map, the fill between the thumbs', () => {
    const { host, root, show } = styledHost(900, 560);
    show(renderTimeline(props({ range: { from: 2000, to: 2010 } })));
    const map = host.getBoundingClientRect();
    const bar = parts(root).bar.getBoundingClientRect();
    expect(Math.abs(bar.left + bar.width / 2 - (map.left + map.width / 2))).toBeLessThan(1);
    expect(map.bottom - bar.bottom).toBeCloseTo(10, 0);
    const slider = root.querySelector('.year-slider')!.getBoundingClientRect();
    const fill = root.querySelector('.track-fill')!.getBoundingClientRect();
    const at = (year: number) => slider.left + 8 + ((slider.width - 16) * (year - 1990)) / 35;
    expect(fill.left).toBeCloseTo(at(2000), 0);
    expect(fill.right).toBeCloseTo(at(2010), 0);
  });

  it('lets the mouse grab the thumb that can move where both meet at an end', () => {
    const { root, show } = styledHost(900, 560);
    show(renderTimeline(props({ range: { from: 2025, to: 2025 } })));
    const { from, to } = parts(root);
    expect(Number(getComputedStyle(from).zIndex)).toBeGreaterThan(Number(getComputedStyle(to).zIndex));
    show(renderTimeline(props({ range: { from: 1990, to: 1990 } })));
    expect(Number(getComputedStyle(parts(root).to).zIndex)).toBeGreaterThan(
      Number(getComputedStyle(parts(root).from).zIndex),
    );
  });
});
