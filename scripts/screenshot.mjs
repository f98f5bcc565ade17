// Serves the playground with Vite, opens it in headless Chromium and saves a screenshot:
//   node scripts/screenshot.mjs [path-and-query] [out.png]
// e.g. node scripts/screenshot.mjs "/demo/" tests/screenshots/playground.png
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const path = process.argv[2] ?? '/demo/';
const out = process.argv[3] ?? 'tests/screenshots/playground.png';
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { port: 0 } });
await server.listen();
const url = server.resolvedUrls.local[0].replace(/\/$/, '') + path;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[page ${m.type()}] ${m.text()}`),
  );
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('coop-load', (e) => {
      window.__loaded = e.detail;
    });
    document.addEventListener('coop-error', (e) => {
      window.__loaded = e.detail;
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__loaded, null, { timeout: 90_000 });
  console.log(
    'load detail:',
    JSON.stringify(await page.evaluate(() => ({ ...window.__loaded, issues: window.__loaded.issues?.length }))),
  );
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
