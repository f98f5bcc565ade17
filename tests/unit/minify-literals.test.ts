import { describe, expect, it } from 'vitest';
import { minifyCss, minifyGlsl } from '../../scripts/minify-literals-plugin.mjs';
import {
  ARC_FRAGMENT_SHADER,
  ARC_VERTEX_SHADER,
  COMPOSITE_FRAGMENT_SHADER,
  COMPOSITE_VERTEX_SHADER,
} from '../../src/map/arc-shaders.js';

/** The shader as tokens, comments aside: minifying must not change a single one. */
function tokens(source: string): string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .match(/#\w+|[A-Za-z_]\w*|\d+\.?\d*(?:e[+-]?\d+)?|\.\d+|[{}()[\];,=+\-*/<>!?:&|%^.]/g)!;
}

describe('minifyGlsl', () => {
  it.each([
    ['arc vertex', ARC_VERTEX_SHADER],
    ['arc fragment', ARC_FRAGMENT_SHADER],
    ['composite vertex', COMPOSITE_VERTEX_SHADER],
    ['composite fragment', COMPOSITE_FRAGMENT_SHADER],
  ])('keeps every token of the %s shader and its preprocessor lines on their own lines', (_name, source) => {
    const small = minifyGlsl(source);
    expect(tokens(small)).toEqual(tokens(source));
    expect(small.length).toBeLessThan(source.length);
    for (const line of small.split('\n')) if (line.includes('#')) expect(line.trimStart().startsWith('#')).toBe(true);
  });

  it('keeps a space between two signs so that no ++ or -- appears', () => {
    expect(minifyGlsl('float a = b - -c;\nfloat d = e + +f;\n')).toBe('float a=b- -c;float d=e+ +f;');
  });
});

describe('minifyCss', () => {
  it('drops comments and white space but keeps the space that means something', () => {
    const source = `
      /* the host */
      :host([theme='dark']) .a :hover,
      .b > .c {
        width: calc(100% - 20px);
        opacity: 0.7;
        margin: 0 auto;
      }
    `;
    expect(minifyCss(source)).toBe(
      ':host([theme=dark]) .a :hover,.b>.c{opacity:.7;width:calc(100% - 20px);margin:0 auto}',
    );
  });

  it('leaves interpolations of a css`` literal in place', () => {
    expect(minifyCss(':host {\n  ${darkColors}\n}')).toBe(':host{${darkColors}}');
  });

  it('refuses an interpolation that shares its block, whose declarations it could reorder', () => {
    expect(() => minifyCss('.a {\n  color: red;\n  ${darkColors}\n}')).toThrow(/stand alone in a block/);
  });
});
