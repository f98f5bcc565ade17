// Lit's css`` literals minified by Lightning CSS. The module holds no Lightning CSS of its own:
// the build passes the native package (scripts/minify-literals-plugin.mjs), the browser test
// the same version compiled to WebAssembly, so both read the same code.

/** Where an interpolation stands while Lightning CSS reads the literal: a declaration of its own. */
const PLACEHOLDER_PREFIX = '--coop-map-interpolation-';
const placeholder = (index) => `${PLACEHOLDER_PREFIX}${index}:0`;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A style sheet, or (as a literal like `darkColors` is) a list of declarations, minified. */
function minifyText(text, { transform, transformStyleAttribute, Features }) {
  // Lightning CSS writes a color with alpha as #rrggbbaa, which rounds the alpha to 1/255
  // (0.94 becomes 0.941); written as rgba() it stays what the source says.
  const options = { filename: 'style.css', code: encoder.encode(text), minify: true, include: Features.HexAlphaColors };
  try {
    return decoder.decode(transform(options).code);
  } catch (sheetError) {
    try {
      return decoder.decode(transformStyleAttribute(options).code);
    } catch {
      throw sheetError;
    }
  }
}

/**
 * The text between the interpolations of a css`` literal (`parts`, one more than there are
 * interpolations), minified. An interpolation must stand alone in a block (`:host { ${dark} }`):
 * Lightning CSS may merge and reorder declarations, which is only safe around one it can see.
 */
export function minifyCssParts(parts, lightningcss) {
  if (parts.join('').trim() === '') return parts;
  const minified = minifyText(
    parts.reduce((text, part, i) => `${text}${placeholder(i - 1)};${part}`),
    lightningcss,
  );
  const found = minified.split(PLACEHOLDER_PREFIX).length - 1;
  const out = [];
  let rest = minified;
  for (let i = 0; i < parts.length - 1; i++) {
    const block = `{${placeholder(i)}}`;
    const at = rest.indexOf(block);
    if (at < 0 || found !== parts.length - 1) {
      throw new Error(
        `interpolation ${i + 1} of a css\`\` literal does not stand alone in a block ({ \${…} }): ` +
          minified.slice(0, 120),
      );
    }
    out.push(rest.slice(0, at + 1));
    rest = rest.slice(at + block.length - 1);
  }
  out.push(rest);
  return out;
}

/** The text of a css`` literal minified, its `${…}` interpolations kept as they are. */
export function minifyCss(source, lightningcss) {
  const interpolation = /\$\{[^}]*\}/g;
  const expressions = source.match(interpolation) ?? [];
  return minifyCssParts(source.split(interpolation), lightningcss).reduce(
    (text, part, i) => `${text}${expressions[i - 1]}${part}`,
  );
}
