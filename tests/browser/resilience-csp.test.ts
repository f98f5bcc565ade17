// Issue 14 in the element, #4: under a strict Content-Security-Policy (no inline styles, no inline
// scripts) the playground's page loads, hovers and selects without a single violation, and what
// the styles do still shows: the tooltip beside the pointer, the swatches in their colors.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { until } from './helpers.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  where: string;
}

type ProbedWindow = Window & { cspViolations?: Violation[] };

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe[data-test-host]')) frame.remove();
});

/** The playground's page in a frame, served with the README's policy. */
async function strictPage(): Promise<{ win: ProbedWindow; element: CoopMap }> {
  const frame = document.createElement('iframe');
  frame.dataset.testHost = '';
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  frame.src = '/demo/index.html?csp';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as ProbedWindow;
  const element = win.document.querySelector('coop-map') as CoopMap;
  await until(() => element.shadowRoot?.querySelector('[part~="legend"]'), 45_000);
  await element.whenIdle();
  return { win, element };
}

describe('#4 under a strict CSP', () => {
  it("#4: the playground loads, hovers and selects with no violation of style-src 'self'", async () => {
    const { win, element } = await strictPage();
    expect(win.cspViolations).toEqual([]);

    // Hover a link: the tooltip, placed beside the point.
    element.hoverTarget('irkutsk-gyeongbuk', { x: 200, y: 150 });
    await element.updateComplete;
    const tooltip = await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]'));
    await element.updateComplete;
    const box = tooltip.getBoundingClientRect();
    const map = element.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
    expect(box.left - map.left).toBeGreaterThan(200);
    expect(box.top - map.top).toBeGreaterThan(150);
    const swatch = tooltip.querySelector<HTMLElement>('.swatch')!;
    expect(win.getComputedStyle(swatch).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');

    // Select it: the details panel, with its swatches.
    element.hoverTarget(null);
    element.select('irkutsk-gyeongbuk');
    const panel = await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]'));
    await element.updateComplete;
    expect(panel.textContent).toContain('Irkutsk');

    // The legend's swatches have their sectors' colors, and the timeline its range.
    const legendSwatch = element.shadowRoot!.querySelector<HTMLElement>('[part~="legend"] .swatch')!;
    expect(win.getComputedStyle(legendSwatch).backgroundColor).toMatch(/^rgb\(/);
    expect(win.getComputedStyle(legendSwatch).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(win.cspViolations).toEqual([]);
    await page.screenshot({ path: '../screenshots/csp-strict-playground.png' });

    // The policy is in force and the probe hears it: a style attribute is refused and reported.
    const div = win.document.createElement('div');
    div.setAttribute('style', 'color: red');
    win.document.body.append(div);
    await until(() => win.cspViolations!.length > 0);
    expect(win.cspViolations![0]!.directive).toBe('style-src-attr');
  });
});
