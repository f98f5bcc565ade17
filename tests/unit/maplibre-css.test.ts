// The element adopts MapLibre's stylesheet cut down to the features it shows
// (scripts/maplibre-css-plugin.mjs). The module is imported here as the element imports it, so
// these tests also fail when the plugin is missing from this project's configuration.
import maplibreCss from 'virtual:coop-map/maplibre-gl.css?inline';
import { describe, expect, it } from 'vitest';
import { filterCss, readMaplibreCss } from '../../scripts/maplibre-css-plugin.mjs';

/** Each innermost rule as `[selectors, declarations]`, with url(…) contents blanked out. */
function rulesOf(css: string): [string[], string][] {
  const plain = css.replace(/url\((?:"[^"]*"|'[^']*'|[^)]*)\)/g, 'url()');
  return [...plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [m[1]!.split(',').map((s) => s.trim()), m[2]!]);
}

function declarationsFor(css: string, selector: string): string {
  return rulesOf(css)
    .filter(([selectors]) => selectors.includes(selector))
    .map(([, body]) => body)
    .join(';');
}

describe('MapLibre stylesheet as the element adopts it', () => {
  const selectors = rulesOf(maplibreCss).flatMap(([s]) => s);

  it('keeps the map container, the canvas and the control corners', () => {
    expect(declarationsFor(maplibreCss, '.maplibregl-map')).toMatch(/overflow:hidden/);
    expect(declarationsFor(maplibreCss, '.maplibregl-map')).toMatch(/position:relative/);
    expect(declarationsFor(maplibreCss, '.maplibregl-canvas')).toMatch(/position:absolute/);
    expect(declarationsFor(maplibreCss, '.maplibregl-canvas-container.maplibregl-interactive')).toMatch(/cursor:grab/);
    for (const corner of ['top-left', 'top-right', 'bottom-left', 'bottom-right']) {
      expect(declarationsFor(maplibreCss, `.maplibregl-ctrl-${corner}`)).toMatch(/position:absolute/);
      expect(declarationsFor(maplibreCss, `.maplibregl-ctrl-${corner} .maplibregl-ctrl`)).toMatch(/float:(left|right)/);
    }
    expect(declarationsFor(maplibreCss, '.maplibregl-ctrl')).toMatch(/pointer-events:auto/);
  });

  it('keeps the compact attribution: folded to its button, unfolded on demand', () => {
    expect(maplibreCss).toMatch(
      /@media screen\{[^@]*\.maplibregl-ctrl-attrib\.maplibregl-compact\{[^}]*border-radius:12px/,
    );
    expect(
      declarationsFor(maplibreCss, '.maplibregl-ctrl-attrib.maplibregl-compact .maplibregl-ctrl-attrib-inner'),
    ).toMatch(/display:none/);
    expect(
      declarationsFor(maplibreCss, '.maplibregl-ctrl-attrib.maplibregl-compact-show .maplibregl-ctrl-attrib-inner'),
    ).toMatch(/display:block/);
    expect(maplibreCss).toMatch(/\.maplibregl-ctrl-attrib-button\{[^}]*background-image:url\("data:image\/svg\+xml/);
    expect(declarationsFor(maplibreCss, '.maplibregl-attrib-empty')).toMatch(/display:none/);
  });

  it('has no rules for popups, markers, button controls, geolocation or cooperative gestures', () => {
    expect(selectors.length).toBeGreaterThan(20);
    for (const unused of [
      'popup',
      'marker',
      'ctrl-group',
      'ctrl-icon',
      'ctrl-zoom',
      'compass',
      'geolocate',
      'user-location',
      'fullscreen',
      'ctrl-logo',
      'ctrl-scale',
      'cooperative',
    ]) {
      expect(selectors.filter((s) => s.includes(`maplibregl-${unused}`))).toEqual([]);
    }
    expect(maplibreCss).not.toMatch(/@keyframes/);
  });

  it('is a fraction of the whole stylesheet, and still balanced', () => {
    const { css } = readMaplibreCss();
    expect(maplibreCss.length).toBeLessThan(css.length / 5);
    expect(maplibreCss.split('{').length).toBe(maplibreCss.split('}').length);
  });
});

describe('filterCss', () => {
  const unused = ['x-popup'];

  it('drops a rule when every selector names an unused class, and only those selectors otherwise', () => {
    expect(
      filterCss('.x-popup{a:1}.x-popup-tip,.x-map .x-popup{b:2}.x-map,.x-popup{c:3}.x-popupish{d:4}', unused),
    ).toBe('.x-map{c:3}.x-popupish{d:4}');
  });

  it('reads through comments, strings and data: URLs holding braces, commas, quotes and semicolons', () => {
    const css = [
      '/* .x-popup{ */.x-map{background:url(data:image/svg+xml;utf8,<svg a="{}"/>)}',
      ".x-popup{background:url('data:x,}{;')}",
      '.x-map::after{content:"}{,"}',
      ':is(.x-map,.x-canvas) .x-ctrl,.x-popup b{e:5}',
    ].join('');
    expect(filterCss(css, unused)).toBe(
      '.x-map{background:url(data:image/svg+xml;utf8,<svg a="{}"/>)}' +
        '.x-map::after{content:"}{,"}:is(.x-map,.x-canvas) .x-ctrl{e:5}',
    );
  });

  it('filters inside @media and drops the blocks left empty; other at-rules stay as written', () => {
    const css =
      '@charset "utf-8";@media (hover:hover){.x-popup{a:1}}' +
      '@media screen{@supports (x:y){.x-popup{a:1}.x-map{b:2}}}@font-face{font-family:f}';
    expect(filterCss(css, unused)).toBe(
      '@charset "utf-8";@media screen{@supports (x:y){.x-map{b:2}}}@font-face{font-family:f}',
    );
  });

  it('keeps @keyframes only while a kept rule animates with them', () => {
    const css =
      '@keyframes x-spin{to{transform:rotate(1turn)}}@keyframes x-pulse{to{opacity:0}}' +
      '.x-popup{animation:x-spin 1s}.x-map{animation-name:x-pulse}';
    expect(filterCss(css, unused)).toBe('@keyframes x-pulse{to{opacity:0}}.x-map{animation-name:x-pulse}');
  });

  it('refuses a stylesheet with an unmatched closing brace rather than losing what follows it', () => {
    expect(() => filterCss('.x-map{a:1}}.x-canvas{b:2}', unused)).toThrow(/unbalanced/);
  });
});
