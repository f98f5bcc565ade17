// Minifies, at build time, the text in template literals that the minifier leaves as it is: GLSL
// marked /* glsl */ and Lit's css`` styles. Comments and indentation are text neither the shader
// compiler nor the style parser needs, and they ship in every bundle.
// Vite's parser (Rolldown's, Oxc) finds the literals; Lightning CSS minifies the styles, as Vite
// minifies a page's CSS; glsl-tokenizer reads the shaders.
import tokenize from 'glsl-tokenizer';
import * as lightningcss from 'lightningcss';
import { parseSync, Visitor } from 'vite';
import { minifyCss as minifyCssWith, minifyCssParts } from './minify-css.mjs';

const GLSL_MARK = /^\s*glsl\s*$/;
const GLSL_VERSION = '300 es';
const GLSL_SKIPPED = new Set(['whitespace', 'line-comment', 'block-comment', 'eof']);

// glsl-tokenizer reads a run of operators at the very end of its input as one token (`}}`):
// a newline after the text lets it split the run.
const glslTokens = (source) => tokenize(`${source}\n`, { version: GLSL_VERSION });

/** Whether two tokens written side by side would be read as others (`-` `-` as `--`, `else` `if` as `elseif`). */
function runTogether(first, second) {
  const tokens = glslTokens(first + second).filter((token) => !GLSL_SKIPPED.has(token.type));
  return tokens.length !== 2 || tokens[0].data !== first || tokens[1].data !== second;
}

/**
 * The same shader in fewer characters: its tokens without comments and white space, a space kept
 * only where two tokens would otherwise run together, preprocessor lines on lines of their own.
 */
export function minifyGlsl(source) {
  let out = '';
  let last = null;
  let spaced = false;
  for (const token of glslTokens(source)) {
    if (GLSL_SKIPPED.has(token.type)) {
      spaced = true;
      continue;
    }
    if (token.type === 'preprocessor') {
      out += `${out && !out.endsWith('\n') ? '\n' : ''}${token.data.trim()}\n`;
      last = null;
    } else {
      if (last !== null && spaced && runTogether(last, token.data)) out += ' ';
      out += token.data;
      last = token.data;
    }
    spaced = false;
  }
  return out;
}

/** The text of a css`` literal minified by Lightning CSS, its `${…}` interpolations kept. */
export function minifyCss(source) {
  return minifyCssWith(source, lightningcss);
}

/** Source text of a template literal: the cooked `parts` escaped again, the `expressions` between them. */
function templateLiteral(parts, expressions) {
  const raw = parts.map((part) => part.replace(/\\|`|\$\{/g, (m) => `\\${m}`));
  return `\`${raw.reduce((text, part, i) => `${text}\${${expressions[i - 1]}}${part}`)}\``;
}

/**
 * `code` with its GLSL and css`` literals minified, or null when it has none. `warn` hears of a
 * literal left as it is.
 */
export function minifyLiterals(code, filename, warn = () => {}) {
  const { program, comments, errors } = parseSync(filename, code);
  if (errors.length > 0) return null; // the compiler reports them
  // A literal is GLSL when it is the first thing after a /* glsl */ comment.
  const firstAfter = (offset) => offset + (/\S/.exec(code.slice(offset))?.index ?? 0);
  const glslStarts = new Set(
    comments.filter((c) => c.type === 'Block' && GLSL_MARK.test(c.value)).map((c) => firstAfter(c.end)),
  );
  const edits = [];
  const edit = (literal, minifyParts) => {
    const parts = literal.quasis.map((quasi) => quasi.value.cooked);
    if (parts.some((part) => part == null)) return; // an invalid escape: no text to minify
    const expressions = literal.expressions.map((expression) => code.slice(expression.start, expression.end));
    edits.push({ start: literal.start, end: literal.end, text: templateLiteral(minifyParts(parts), expressions) });
  };
  new Visitor({
    TaggedTemplateExpression(node) {
      if (node.tag.type === 'Identifier' && node.tag.name === 'css')
        edit(node.quasi, (parts) => minifyCssParts(parts, lightningcss));
    },
    TemplateLiteral(node) {
      if (!glslStarts.has(node.start)) return;
      if (node.expressions.length > 0)
        warn(`a /* glsl */ literal with interpolations is left as it is (at offset ${node.start})`);
      else edit(node, ([shader]) => [minifyGlsl(shader)]);
    },
  }).visit(program);
  if (edits.length === 0) return null;
  let out = '';
  let at = 0;
  // A literal inside another's interpolation is left to the outer one, which keeps it as written.
  for (const { start, end, text } of edits.sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/** @returns {import('vite').Plugin} */
export function minifyLiteralsPlugin() {
  return {
    name: 'coop-map-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || (!code.includes('glsl') && !code.includes('css`'))) return null;
      try {
        const out = minifyLiterals(code, id, (message) => this.warn(message));
        return out === null ? null : { code: out, map: null };
      } catch (error) {
        this.error(`${id}: ${error.message}`);
      }
    },
  };
}
