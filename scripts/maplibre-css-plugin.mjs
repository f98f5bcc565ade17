// MapLibre's stylesheet, cut down to the rules <coop-map> can need, as a virtual module:
//   import maplibreCss from 'virtual:coop-map/maplibre-gl.css?inline';
// The element adopts the stylesheet in its shadow root, and the whole file is about 10 KB gzipped,
// most of it for controls the element never adds (popups, markers, navigation, geolocate, …).
// Cutting it at build time keeps the element in step with the installed MapLibre: rules for
// what it does use (map, canvas, control corners, compact attribution, box zoom) come through
// as MapLibre writes them, whatever they become in a later version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const MAPLIBRE_CSS_MODULE = 'virtual:coop-map/maplibre-gl.css?inline';
// Not ending in .css, so Vite's own CSS handling leaves the module alone.
const RESOLVED_ID = '\0coop-map:maplibre-gl-css';

/**
 * Classes of MapLibre features the element never shows; a class also stands for the classes
 * that extend it with a dash (`maplibregl-popup` covers `maplibregl-popup-anchor-top`).
 * Box zoom is not among them: MapLibre's boxZoom handler is on unless the map is created with
 * `boxZoom: false`, and a shift-drag then draws `.maplibregl-boxzoom` under `.maplibregl-crosshair`.
 */
export const UNUSED_MAPLIBRE_CLASSES = [
  'maplibregl-popup',
  'maplibregl-marker',
  'maplibregl-user-location',
  'maplibregl-ctrl-geolocate',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-pseudo-fullscreen',
  'maplibregl-ctrl-scale',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-ctrl-zoom-in',
  'maplibregl-ctrl-zoom-out',
  'maplibregl-ctrl-compass',
  // Button groups and their icons belong to the navigation, geolocate, fullscreen, terrain
  // and globe controls; the attribution control is neither.
  'maplibregl-ctrl-group',
  'maplibregl-ctrl-icon',
  'maplibregl-ctrl-logo',
  'maplibregl-cooperative-gestures',
  'maplibregl-cooperative-gesture-screen',
  'maplibregl-desktop-message',
  'maplibregl-mobile-message',
];

/** At-rules whose block holds rules (rather than declarations or keyframes), filtered like the top level. */
const GROUPING_AT_RULES = new Set(['media', 'supports', 'layer', 'container', 'scope', 'document', '-moz-document']);

/**
 * Index just past the token that starts at `i` when it is a comment, a string or an unquoted
 * `url(…)`, whose contents may hold braces, commas or quotes that are not CSS syntax; else `i`.
 */
function skipOpaque(css, i) {
  const c = css[i];
  if (c === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end < 0 ? css.length : end + 2;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, css.length);
  }
  if ((c === 'u' || c === 'U') && /^url\(/i.test(css.slice(i, i + 4)) && !/[\w-]/.test(css[i - 1] ?? '')) {
    let j = i + 4;
    while (/\s/.test(css[j] ?? '')) j++;
    if (css[j] === '"' || css[j] === "'") return i; // a quoted url is a function around a string
    const end = css.indexOf(')', j);
    return end < 0 ? css.length : end + 1;
  }
  return i;
}

/** Index of the first of `stops` at nesting depth 0 from `i` on (or css.length), outside comments, strings and urls. */
function scanTo(css, i, stops) {
  let depth = 0;
  while (i < css.length) {
    const next = skipOpaque(css, i);
    if (next !== i) {
      i = next;
      continue;
    }
    const c = css[i];
    if (depth === 0 && stops.includes(c)) return i;
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    i++;
  }
  return i;
}

/**
 * Reads a list of rules up to the `}` that closes it (or the end):
 * `{ kind: 'style', prelude, body }`, `{ kind: 'at', name, prelude, rules }` for grouping
 * at-rules, `{ kind: 'at', name, prelude, body }` for other block at-rules and
 * `{ kind: 'statement', text }` for `@import …;` and the like. Comments are dropped.
 */
function parseRules(css, start = 0) {
  const rules = [];
  let i = start;
  for (;;) {
    while (i < css.length && (/\s/.test(css[i]) || (css[i] === '/' && css[i + 1] === '*'))) i = /\s/.test(css[i]) ? i + 1 : skipOpaque(css, i);
    if (i >= css.length || css[i] === '}') return { rules, end: i };
    const stop = scanTo(css, i, ['{', ';', '}']);
    const prelude = stripComments(css.slice(i, stop)).trim();
    if (css[stop] !== '{') {
      if (prelude) rules.push({ kind: 'statement', text: `${prelude};` });
      i = css[stop] === ';' ? stop + 1 : stop;
      continue;
    }
    const atName = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase();
    if (atName && GROUPING_AT_RULES.has(atName)) {
      const inner = parseRules(css, stop + 1);
      rules.push({ kind: 'at', name: atName, prelude, rules: inner.rules });
      i = inner.end + 1;
    } else {
      const close = scanTo(css, stop + 1, ['}']);
      rules.push(atName ? { kind: 'at', name: atName, prelude, body: css.slice(stop + 1, close) } : { kind: 'style', prelude, body: css.slice(stop + 1, close) });
      i = close + 1;
    }
  }
}

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The selectors of a selector list, split at the commas that are not inside `:is(…)`, `[…]` or strings. */
function splitSelectors(prelude) {
  const selectors = [];
  let i = 0;
  while (i < prelude.length) {
    const comma = scanTo(prelude, i, [',']);
    selectors.push(prelude.slice(i, comma).trim());
    i = comma + 1;
  }
  return selectors.filter(Boolean);
}

function classesOf(selector) {
  const bare = selector.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  return [...bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
}

function serialize(rules) {
  return rules
    .map((rule) => {
      if (rule.kind === 'statement') return rule.text;
      if (rule.rules) return `${rule.prelude}{${serialize(rule.rules)}}`;
      return `${rule.prelude}{${rule.body}}`;
    })
    .join('');
}

/**
 * Drops from a stylesheet every selector that names one of `unusedClasses` (or a class that
 * extends one with a dash), every rule left without selectors, grouping at-rules left empty and
 * `@keyframes` no remaining rule refers to. Everything else is kept as written.
 */
export function filterCss(css, unusedClasses = UNUSED_MAPLIBRE_CLASSES) {
  const unused = (name) => unusedClasses.some((u) => name === u || name.startsWith(`${u}-`));
  const keep = (rules) =>
    rules.flatMap((rule) => {
      if (rule.kind === 'style') {
        const selectors = splitSelectors(rule.prelude).filter((s) => !classesOf(s).some(unused));
        return selectors.length > 0 ? [{ ...rule, prelude: selectors.join(',') }] : [];
      }
      if (rule.rules) {
        const inner = keep(rule.rules);
        return inner.length > 0 ? [{ ...rule, rules: inner }] : [];
      }
      return [rule];
    });
  const parsed = parseRules(css);
  // A '}' with no block to close would end the reading early: better no build than rules lost unseen.
  if (parsed.end < css.length) throw new Error(`unbalanced "}" at offset ${parsed.end} of the stylesheet`);
  const kept = keep(parsed.rules);
  // Keyframes stay when an animation of a kept rule names them.
  const isKeyframes = (rule) => rule.kind === 'at' && /keyframes$/.test(rule.name);
  const withoutKeyframes = (rules) => rules.filter((r) => !isKeyframes(r)).map((r) => (r.rules ? { ...r, rules: withoutKeyframes(r.rules) } : r));
  const used = serialize(withoutKeyframes(kept));
  const referenced = (rule) => {
    const name = rule.prelude.replace(/^@[\w-]+\s*/, '').trim().replace(/^["']|["']$/g, '');
    return new RegExp(`(^|[^\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`).test(used);
  };
  const prune = (rules) =>
    rules.flatMap((rule) => {
      if (isKeyframes(rule)) return referenced(rule) ? [rule] : [];
      if (!rule.rules) return [rule];
      const inner = prune(rule.rules);
      return inner.length > 0 ? [{ ...rule, rules: inner }] : [];
    });
  return serialize(prune(kept));
}

/** Reads MapLibre's stylesheet as the project installed it, resolved from `root`. */
export function readMaplibreCss(root = process.cwd()) {
  const path = createRequire(join(resolve(root), 'package.json')).resolve('maplibre-gl/dist/maplibre-gl.css');
  return { path, css: readFileSync(path, 'utf8') };
}

/** Vite plugin serving MAPLIBRE_CSS_MODULE: MapLibre's stylesheet without the rules of unused features. */
export function maplibreCssPlugin() {
  let root = process.cwd();
  return {
    name: 'coop-map-maplibre-css',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === MAPLIBRE_CSS_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { path, css } = readMaplibreCss(root);
      this.addWatchFile(path);
      return `export default ${JSON.stringify(filterCss(css))};`;
    },
  };
}
