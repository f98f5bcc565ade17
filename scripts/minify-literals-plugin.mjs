// Minifies, at build time, the text in template literals that the minifier leaves as it is: GLSL
// marked /* glsl */ and Lit's css`` styles. Comments and indentation are text neither the shader
// compiler nor the style parser needs, and they ship in every bundle.
const GLSL_LITERAL = /\/\* glsl \*\/ `([^`$]*)`/g;
/** A css`` literal; its interpolations may only be plain names (`${darkColors}`). */
const CSS_LITERAL = /\bcss`((?:[^`$\\]|\$\{\w+\})*)`/g;
const PUNCTUATION_SPACE = /\s*([{}()[\];,=+\-*/<>!?:&|%^.])\s*/g;

/** The same shader in fewer characters: no comments, no indentation, lines joined except preprocessor lines. */
export function minifyGlsl(source) {
  const lines = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter(Boolean);
  let out = '';
  for (const line of lines) {
    if (line.startsWith('#')) {
      out += `${out && !out.endsWith('\n') ? '\n' : ''}${line}\n`;
    } else {
      // "a - -b" must not become "a--b": a space between two signs is kept.
      const kept = line.replace(/([+-])\s+(?=[+-])/g, '$1\u0000');
      out += `${kept.replace(/\s+/g, ' ').replace(PUNCTUATION_SPACE, '$1').replaceAll('\u0000', ' ')} `;
    }
  }
  return `${out.trim()}\n`;
}

/**
 * The same style sheet in fewer characters: no comments, runs of white space made one space, and
 * none around braces, semicolons and commas or after a colon, no leading zero, no quotes
 * around a plain word in an attribute selector. Space before a colon stays (`.a :hover` is not
 * `.a:hover`), and so does space around + and - (`calc(1px - 2px)`).
 */
export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // 0.5 is .5; [theme='dark'] is [theme=dark] when the value is a plain word.
    .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/=(['"])([A-Za-z][\w-]*)\1\]/g, '=$2]')
    .trim();
}

/** @returns {import('vite').Plugin} */
export function minifyLiteralsPlugin() {
  return {
    name: 'coop-map-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || (!code.includes('/* glsl */') && !code.includes('css`'))) return null;
      const out = code
        .replace(GLSL_LITERAL, (_, glsl) => `/* glsl */ \`${minifyGlsl(glsl)}\``)
        .replace(CSS_LITERAL, (_, style) => `css\`${minifyCss(style)}\``);
      return { code: out, map: null };
    },
  };
}
