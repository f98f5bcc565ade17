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
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';

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

const isKeyframes = (node) => node.type === 'atrule' && /(^|-)keyframes$/i.test(node.name);
/** Declarations that name keyframes: `animation` and `animation-name`, with or without a vendor prefix. */
const ANIMATION_PROPERTY = /^(-\w+-)?animation(-name)?$/i;
const unquote = (name) => name.replace(/^["']|["']$/g, '');

function classesOf(selector) {
  const classes = [];
  selectorParser((selectors) => selectors.walkClasses((node) => classes.push(node.value))).processSync(selector);
  return classes;
}

/** The stylesheet read by PostCSS; an unmatched `}` would end a block early, so it stops the build. */
function parse(css) {
  try {
    return postcss.parse(css);
  } catch (error) {
    if (error.name === 'CssSyntaxError' && error.reason === 'Unexpected }') {
      throw new Error(`unbalanced "}" at line ${error.line}, column ${error.column} of the stylesheet`, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Drops from a stylesheet every selector that names one of `unusedClasses` (or a class that
 * extends one with a dash), every rule left without selectors, at-rules whose rules all went and
 * `@keyframes` no remaining rule animates with. Comments go; everything else is kept as written.
 */
export function filterCss(css, unusedClasses = UNUSED_MAPLIBRE_CLASSES) {
  const unused = (name) => unusedClasses.some((u) => name === u || name.startsWith(`${u}-`));
  const root = parse(css);
  root.walkComments((comment) => comment.remove());
  // At-rules that group rules (@media, @supports, …), outermost first, to drop once empty.
  const groups = [];
  root.walkAtRules((atRule) => {
    if (!isKeyframes(atRule) && atRule.nodes?.some((node) => node.type === 'rule' || node.type === 'atrule'))
      groups.push(atRule);
  });
  root.walkRules((rule) => {
    if (isKeyframes(rule.parent)) return; // `from`, `50%`: a keyframe, not a selector
    const kept = rule.selectors.filter((selector) => !classesOf(selector).some(unused));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  const animated = new Set();
  root.walkDecls(ANIMATION_PROPERTY, (decl) => {
    for (const animation of postcss.list.comma(decl.value))
      for (const word of postcss.list.space(animation)) animated.add(unquote(word));
  });
  root.walkAtRules((atRule) => {
    if (isKeyframes(atRule) && !animated.has(unquote(atRule.params.trim()))) atRule.remove();
  });
  for (const group of groups.reverse()) if (group.nodes.length === 0) group.remove();
  return root.toString();
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
