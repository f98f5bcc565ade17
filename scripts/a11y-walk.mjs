// What a screen reader hears on a keyboard-only walk through the element: serves the playground
// with Vite, opens it in headless Chromium, presses keys (no mouse), and after each key prints the
// focused node's role and accessible name from Chromium's accessibility tree, and what the
// element's live region says.
//   node scripts/a11y-walk.mjs [path-and-query]     e.g. node scripts/a11y-walk.mjs "/demo/?lang=ru"
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const path = process.argv[2] ?? '/demo/';
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { port: 0 } });
await server.listen();
const url = server.resolvedUrls.local[0].replace(/\/$/, '') + path;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** The focused node of the accessibility tree: role, name, description and states. */
async function focusedNode(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  // The page's root is focused too: the node that has the focus is the last focused one in the tree.
  const node = nodes.filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value)).at(-1);
  if (!node) return '(nothing focused)';
  const states = (node.properties ?? [])
    .filter((p) => ['pressed', 'expanded', 'checked', 'disabled', 'valuetext'].includes(p.name))
    .map((p) => `${p.name}=${p.value.value}`);
  const description = node.description?.value ? ` — described: "${node.description.value.slice(0, 80)}…"` : '';
  const shown = states.length ? ` [${states.join(', ')}]` : '';
  return `${node.role?.value} "${node.name?.value ?? ''}"${shown}${description}`;
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    document.addEventListener('coop-load', () => (window.__loaded = true));
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__loaded, null, { timeout: 90_000 });
  await page.evaluate(() => document.querySelector('coop-map').whenIdle());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const live = () =>
    page.evaluate(() => {
      const region = document.querySelector('coop-map').shadowRoot.querySelector('[role="status"][aria-live="polite"]');
      return region?.textContent.replace('\u200b', '').trim() ?? '';
    });
  let said = await live();
  const step = async (key, note = '') => {
    await page.keyboard.press(key);
    await page.waitForTimeout(400);
    const now = await live();
    const heard = now && now !== said ? `  | live region: "${now}"` : '';
    said = now;
    console.log(`${key.padEnd(10)} → ${await focusedNode(cdp)}${heard}${note ? `  (${note})` : ''}`);
  };
  /** Presses Tab until the element's focused part matches `selector` (at most `limit` times). */
  const tabTo = async (selector, limit) => {
    for (let i = 0; i < limit; i++) {
      await step('Tab');
      const there = await page.evaluate(
        (s) => document.querySelector('coop-map').shadowRoot.activeElement?.matches(s) ?? false,
        selector,
      );
      if (there) return;
    }
  };
  // Tab into the element until the map has the focus.
  await tabTo('canvas', 40);
  for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'PageDown', 'Enter']) await step(key);
  // In the details panel: to its first link or button, and back out.
  for (let i = 0; i < 3; i++) await step('Tab');
  await step('Escape', 'the panel closes');
  await step('?', 'the list of keys');
  await step('Escape');
  // On to the legend's first sector, toggled, and the years.
  await tabTo('.sector-toggle', 12);
  await step('Space', 'a sector switched off');
  await step('Space', 'and on again');
  await tabTo('input.from', 12);
  await step('ArrowRight', 'the first year moves');
} finally {
  await browser.close();
  await server.close();
}
