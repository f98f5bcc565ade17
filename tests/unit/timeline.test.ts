import { describe, expect, it } from 'vitest';
import { nextYears, rangeFromThumbs, thumbYears } from '../../src/filters/timeline.js';

const EXTENT = [2000, 2005] as const;

describe('nextYears: the step play takes', () => {
  it('starts with the first year alone from all time', () => {
    expect(nextYears(null, EXTENT)).toEqual({ from: 2000, to: 2000 });
  });

  it('starts with the first year alone from a window as wide as the extent, or wider', () => {
    expect(nextYears({ from: 2000, to: 2005 }, EXTENT)).toEqual({ from: 2000, to: 2000 });
    expect(nextYears({ from: 1990, to: 2010 }, EXTENT)).toEqual({ from: 2000, to: 2000 });
    expect(nextYears({ from: null, to: null }, EXTENT)).toEqual({ from: 2000, to: 2000 });
  });

  it('moves a single year one year on', () => {
    expect(nextYears({ from: 2000, to: 2000 }, EXTENT)).toEqual({ from: 2001, to: 2001 });
    expect(nextYears({ from: 2004, to: 2004 }, EXTENT)).toEqual({ from: 2005, to: 2005 });
  });

  it('keeps the width of a wider window as it moves', () => {
    expect(nextYears({ from: 2001, to: 2003 }, EXTENT)).toEqual({ from: 2002, to: 2004 });
    expect(nextYears({ from: 2002, to: 2004 }, EXTENT)).toEqual({ from: 2003, to: 2005 });
  });

  it('wraps to the start, keeping the width, once the window would pass the end', () => {
    expect(nextYears({ from: 2005, to: 2005 }, EXTENT)).toEqual({ from: 2000, to: 2000 });
    expect(nextYears({ from: 2003, to: 2005 }, EXTENT)).toEqual({ from: 2000, to: 2002 });
  });

  it('walks the whole extent and comes back to where it started', () => {
    const seen: string[] = [];
    let range = nextYears(null, EXTENT);
    for (let i = 0; i < 7; i++) {
      seen.push(`${range.from}-${range.to}`);
      range = nextYears(range, EXTENT);
    }
    expect(seen).toEqual(['2000-2000', '2001-2001', '2002-2002', '2003-2003', '2004-2004', '2005-2005', '2000-2000']);
  });

  it('reads open ends as the ends of the extent', () => {
    // "2003-" is 2003 to 2005 here: three years wide, already at the end.
    expect(nextYears({ from: 2003, to: null }, EXTENT)).toEqual({ from: 2000, to: 2002 });
    // "-2001" is 2000 to 2001.
    expect(nextYears({ from: null, to: 2001 }, EXTENT)).toEqual({ from: 2001, to: 2002 });
  });

  it('restarts at the beginning a window that lies outside the extent', () => {
    expect(nextYears({ from: 1980, to: 1981 }, EXTENT)).toEqual({ from: 2000, to: 2001 });
    expect(nextYears({ from: 2030, to: 2030 }, EXTENT)).toEqual({ from: 2000, to: 2000 });
  });

  it('stays on the one year of a one-year extent', () => {
    expect(nextYears(null, [2010, 2010])).toEqual({ from: 2010, to: 2010 });
    expect(nextYears({ from: 2010, to: 2010 }, [2010, 2010])).toEqual({ from: 2010, to: 2010 });
  });
});

describe('the slider thumbs', () => {
  it('stand at the ends of the extent for all time and for open ends', () => {
    expect(thumbYears(null, EXTENT)).toEqual([2000, 2005]);
    expect(thumbYears({ from: 2002, to: null }, EXTENT)).toEqual([2002, 2005]);
    expect(thumbYears({ from: null, to: 2003 }, EXTENT)).toEqual([2000, 2003]);
  });

  it('are pinned to the extent and never cross', () => {
    expect(thumbYears({ from: 1990, to: 2020 }, EXTENT)).toEqual([2000, 2005]);
    expect(thumbYears({ from: 2004, to: 2001 }, EXTENT)).toEqual([2001, 2004]);
  });

  it('select all time when they stand at both ends, and a range otherwise', () => {
    expect(rangeFromThumbs(2000, 2005, EXTENT)).toBeNull();
    expect(rangeFromThumbs(2000, 2004, EXTENT)).toEqual({ from: 2000, to: 2004 });
    expect(rangeFromThumbs(2003, 2003, EXTENT)).toEqual({ from: 2003, to: 2003 });
    expect(rangeFromThumbs(2004, 2001, EXTENT)).toEqual({ from: 2001, to: 2004 });
  });
});
