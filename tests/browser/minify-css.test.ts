import { describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/minify-literals-plugin.mjs';
import { componentStyles } from '../../src/coop-map.styles.js';
import { uiStyles } from '../../src/ui/ui.styles.js';
import { tooltipStyles } from '../../src/ui/tooltip.styles.js';
import { detailsStyles } from '../../src/ui/details-panel.styles.js';

/**
 * The rules the browser reads from a style sheet, as it writes them back. Values that hold var()
 * come back as written, so the space after their commas and a leading zero are evened out.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/,\s+/g, ',').replace(/([\s,(])0\.(\d)/g, '$1.$2'));
}

describe('styles minified at build time', () => {
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
