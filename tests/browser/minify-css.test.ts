import { beforeAll, describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
// The build minifies with Lightning CSS's native package, which a browser cannot load; the same
// version compiled to WebAssembly runs the same code here.
import initLightningCss, * as lightningcss from 'lightningcss-wasm';
import lightningCssWasm from 'lightningcss-wasm/lightningcss_node.wasm?url';
import { minifyCss as minifyCssWith } from '../../scripts/minify-css.mjs';
import { componentStyles } from '../../src/coop-map.styles.js';
import { uiStyles } from '../../src/ui/ui.styles.js';
import { tooltipStyles } from '../../src/ui/tooltip.styles.js';
import { detailsStyles } from '../../src/ui/details-panel.styles.js';

/** A selector list split at its top-level commas (not those inside `:is(…)`, `[…]` or strings). */
function selectorsOf(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      selectors.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  return [...selectors, list.slice(start).trim()];
}

/** What the browser computes from a rule's declarations, longhand by longhand, on an element of its own. */
function computedDeclarations(style: CSSStyleDeclaration): string {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.cssText = style.cssText;
  const computed = getComputedStyle(probe);
  const declarations = [...style].sort().map((name) => {
    let value = computed.getPropertyValue(name);
    // A background position of 0 is the same whatever its unit: 0% of the area less 0% of the
    // image is 0px (Lightning CSS writes `background: none` as `0 0`).
    if (name.startsWith('background-position-')) value = value.replace(/^0%$/, '0px');
    const important = style.getPropertyPriority(name) ? ' !important' : '';
    return `${name}: ${value}${important}`;
  });
  probe.remove();
  // The custom properties a page may set: values computed here fall back, whatever their names.
  const names = [...new Set(style.cssText.match(/var\(\s*--[\w-]+/g) ?? [])].sort();
  return `${declarations.join('; ')}${names.length > 0 ? ` [${names.join(', ')}]` : ''}`;
}

/**
 * The rules the browser reads from a style sheet: each selector (in its at-rules) with what the
 * browser computes from its declarations. Lightning CSS may merge rules, order declarations
 * otherwise and write a value in another form (`300ms` as `.3s`, `translateX` as `translate`);
 * what the browser computes stays the same. Custom properties compute to their text, so the
 * space after their commas and a leading zero are evened out.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const read = (list: CSSRuleList, context: string): string[] =>
    [...list].flatMap((rule) => {
      if (rule instanceof CSSStyleRule)
        return selectorsOf(rule.selectorText).map(
          (selector) => `${context}${selector} { ${computedDeclarations(rule.style)} }`,
        );
      if (rule instanceof CSSGroupingRule)
        return read(rule.cssRules, `${context}${rule.cssText.slice(0, rule.cssText.indexOf('{')).trim()} `);
      return [rule.cssText];
    });
  return read(sheet.cssRules, '').map((rule) => rule.replace(/,\s+/g, ',').replace(/([\s,(])0\.(\d)/g, '$1.$2'));
}

const minifyCss = (text: string): string => minifyCssWith(text, lightningcss);

describe('styles minified at build time', () => {
  beforeAll(() => initLightningCss(lightningCssWasm));

  it.each([
    ['component', componentStyles],
    ['timeline', uiStyles],
    ['tooltip', tooltipStyles],
    ['details panel', detailsStyles],
  ] as [string, CSSResult][])('the %s styles give the browser the same rules', (_name, style) => {
    const original = rules(style.cssText);
    expect(original.length).toBeGreaterThan(3);
    const small = rules(minifyCss(style.cssText));
    const first = original.findIndex((rule, i) => rule !== small[i]);
    expect(first, `first rule that differs: ${original[first]} → ${small[first]}`).toBe(-1);
    expect(small).toEqual(original);
  });
});
