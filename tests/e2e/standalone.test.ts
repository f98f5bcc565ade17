// The standalone file on a plain static host: a page with one <script type="module"> and the
// element, nothing else, in a real Chromium with the network limited to that host.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync('dist/coop-map.standalone.js'))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  server = await serveStatic('dist');
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('a plain HTML page loading only dist/coop-map.standalone.js renders the seed arcs, offline', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    if (
      route.request().url().startsWith(server.url) ||
      route.request().url().startsWith('blob:') ||
      route.request().url().startsWith('data:')
    ) {
      return route.continue();
    }
    outside.push(route.request().url());
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('coop-load', (e) => {
      (window as unknown as { loaded: unknown }).loaded = (e as CustomEvent).detail;
    });
  });
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => (window as unknown as { loaded?: unknown }).loaded, null, { timeout: 60_000 });
  const detail = await page.evaluate(() => (window as unknown as { loaded: { links: number } }).loaded);
  expect(detail.links).toBeGreaterThan(5);
  const drawn = await page.evaluate(() => document.querySelector('coop-map')!.queryRenderedLinks());
  expect(drawn).toContain('irkutsk-gyeongbuk');
  expect(drawn.length).toBeGreaterThan(5);
  // What other builds load on first use is inside the one file: a language's strings, the panel.
  const shown = await page.evaluate(async () => {
    const element = document.querySelector('coop-map')!;
    element.lang = 'ko';
    element.select('irkutsk-gyeongbuk');
    await element.updateComplete;
    const root = element.shadowRoot!;
    return {
      legend: root.querySelector('[part~="legend"] h2')?.textContent,
      close: root.querySelector('[part~="panel"] .close')?.getAttribute('aria-label'),
    };
  });
  expect(shown).toEqual({ legend: '분야', close: '상세 정보 닫기' });
  mkdirSync('tests/screenshots', { recursive: true });
  await page.screenshot({ path: 'tests/screenshots/standalone.png' });
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
});

it('opened from disk (file://), the standalone page says how to serve it instead of staying blank', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  const note = await page.waitForSelector('coop-map .coop-map-file-note', { timeout: 30_000 });
  expect(await note.textContent()).toContain('run “npx serve”');
  expect(await note.getAttribute('role')).toBe('alert');
  await page.screenshot({ path: 'tests/screenshots/standalone-file.png' });
  await page.close();
});
