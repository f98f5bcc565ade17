// Minifies the GLSL in template literals marked /* glsl */ at build time: comments and
// indentation are text the shader compiler does not need, and they ship in every bundle.
const MARKED_LITERAL = /\/\* glsl \*\/ `([^`$]*)`/g;
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

/** @returns {import('vite').Plugin} */
export function glslMinifyPlugin() {
  return {
    name: 'coop-map-glsl-minify',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('/* glsl */')) return null;
      return { code: code.replace(MARKED_LITERAL, (_, glsl) => `/* glsl */ \`${minifyGlsl(glsl)}\``), map: null };
    },
  };
}
