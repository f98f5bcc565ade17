import { describe, expect, it } from 'vitest';
import { LINK_STATUSES } from '../../src/data/types.js';
import { STATUS_CODE, stylesByCode, type StatusStyle } from '../../src/filters/statuses.js';
import { ARC_FRAGMENT_SHADER, ARC_VERTEX_SHADER, glslFloat } from '../../src/map/arc-shaders.js';

describe('status styles', () => {
  it('give each status its own code, 0 to n − 1, so each has a bit of the status mask', () => {
    expect(LINK_STATUSES.map((s) => STATUS_CODE[s]).sort()).toEqual(LINK_STATUSES.map((_, i) => i));
    expect(stylesByCode().map((style) => style.code)).toEqual(LINK_STATUSES.map((_, i) => i));
  });

  it('are the constants the shaders draw with, indexed by code', () => {
    const column = (pick: (style: StatusStyle) => number) =>
      stylesByCode()
        .map((s) => glslFloat(pick(s)))
        .join(', ');
    expect(ARC_VERTEX_SHADER).toContain(`const float STATUS_ALPHA[4] = float[4](${column((s) => s.alpha)});`);
    expect(ARC_FRAGMENT_SHADER).toContain(`const float STATUS_DASH[4] = float[4](${column((s) => s.dash)});`);
    expect(ARC_FRAGMENT_SHADER).toContain(`const float STATUS_GAP[4] = float[4](${column((s) => s.gap)});`);
    expect(ARC_FRAGMENT_SHADER).toContain('float[4](0.0, 7.0, 2.5, 1.5)');
  });
});
