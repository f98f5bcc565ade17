// The benchmark's dev server and browser, shared by bench/run.mjs and bench/profile.mjs.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from '../scripts/chromium.mjs';

/** Flags for a forced GC and an unrounded heap size, on top of the test flags. */
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'];
export const PAGE_PATH = '/bench/page.html';

/** Serves the repository root with bench/vite.config.ts; resolves with the server and its origin. */
export async function startBenchServer() {
  const server = await createServer({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) });
  await server.listen();
  return { server, origin: server.resolvedUrls.local[0].replace(/\/$/, '') };
}

export async function launchBenchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: BENCH_CHROMIUM_ARGS });
  return { browser, version: browser.version() };
}

/** A page of its own (a fresh browser context, so a fresh renderer and heap) for one side and data set. */
export async function openBenchPage(browser, origin, { side, dataset, camera, groupBy }) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`  [${side} ${m.type()}] ${m.text()}`),
  );
  page.on('pageerror', (e) => console.log(`  [${side} page error] ${e.stack ?? e.message}`));
  const params = new URLSearchParams({ side, dataset });
  if (groupBy) params.set('group-by', groupBy);
  if (camera) params.set('camera', [camera.center[0], camera.center[1], camera.zoom].join(','));
  await page.goto(`${origin}${PAGE_PATH}?${params}`);
  await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 120_000 });
  return { context, page };
}
