// The standalone file taken from a CDN: a page on one origin with one <script type="module"> whose
// src is the package's file on another origin, laid out as jsDelivr serves a package
// (`/npm/coop-map@VERSION/dist/…`). The script, MapLibre's worker and the geodata all come from the
// CDN's origin, so each needs CORS there; the CDN here sends `Access-Control-Allow-Origin: *` as
// jsDelivr and unpkg do, and the same CDN without it shows what fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const PACKAGE_PATH = `/npm/coop-map@${version}/dist`;

interface Server {
  url: string;
  close: () => Promise<void>;
}

function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const server = createServer(handler);
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      done({ url: `http://127.0.0.1:${address.port}`, close: () => new Promise((c) => server.close(() => c())) });
    }),
  );
}

/** dist/ under jsDelivr's path; `cors` says which files get `Access-Control-Allow-Origin: *`. */
function cdn(cors: (path: string) => boolean): Promise<Server> {
  const files = sirv(join(root, 'dist'), {
    dev: true,
    setHeaders: (res: ServerResponse, path: string) => {
      if (cors(path)) res.setHeader('Access-Control-Allow-Origin', '*');
    },
  });
  return listen((req, res) => {
    if (!req.url?.startsWith(`${PACKAGE_PATH}/`)) return res.writeHead(404).end();
    req.url = req.url.slice(PACKAGE_PATH.length);
    files(req, res);
  });
}

/** The page's own site: the page (as the README's CDN snippet writes it) and its data set. */
function site(cdnUrl: string): Promise<Server> {
  const page =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>coop-map from a CDN</title>` +
    `<script type="module" src="${cdnUrl}${PACKAGE_PATH}/coop-map.standalone.js"></script></head>` +
    `<body style="margin:0"><coop-map src="cooperation.json" style="display:block;height:600px">` +
    `</coop-map></body></html>`;
  const data = readFileSync(join(root, 'dist/data/seed.json'));
  return listen((req, res) => {
    if (req.url === '/' || req.url === '/index.html') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (req.url === '/cooperation.json') res.writeHead(200, { 'content-type': 'application/json' }).end(data);
    else res.writeHead(404).end();
  });
}

let browser: Browser;
const servers: Server[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/coop-map.standalone.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** Opens the site's page with the network limited to the two origins; the outcome, or `defined: false`. */
async function open(cors: (path: string) => boolean, screenshot?: string) {
  const cdnServer = await cdn(cors);
  const siteServer = await site(cdnServer.url);
  servers.push(cdnServer, siteServer);
  const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
  const requests: string[] = [];
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if ([cdnServer.url, siteServer.url, 'blob:', 'data:'].some((start) => url.startsWith(start)))
      return route.continue();
    outside.push(url);
    return route.abort();
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen = window as unknown as Record<string, unknown>;
    document.addEventListener('coop-load', (e) => (seen.outcome = { load: (e as CustomEvent).detail }));
    document.addEventListener('coop-error', (e) => (seen.outcome = { error: (e as CustomEvent).detail }));
  });
  await page.goto(`${siteServer.url}/index.html`);
  // A module script runs (or fails to load) before the load event that goto waits for.
  const defined = await page.evaluate(() => customElements.get('coop-map') !== undefined);
  if (!defined) return { page, defined, cdnUrl: cdnServer.url, requests, workers, errors, outside };
  const handle = await page.waitForFunction(() => (window as unknown as { outcome?: unknown }).outcome, null, {
    timeout: 60_000,
  });
  const outcome = (await handle.jsonValue()) as { load?: { links: number }; error?: { message: string } };
  const drawn = outcome.load ? await page.evaluate(() => document.querySelector('coop-map')!.queryRenderedLinks()) : [];
  if (screenshot) {
    mkdirSync(join(root, 'tests/screenshots'), { recursive: true });
    await page.screenshot({ path: join(root, 'tests/screenshots', screenshot) });
  }
  return { page, defined, outcome, drawn, cdnUrl: cdnServer.url, requests, workers, errors, outside };
}

describe('the standalone file from a CDN (another origin)', () => {
  it('draws when the CDN sends CORS headers: script, worker and geodata from the CDN, data from the site', async () => {
    const visit = await open(() => true, 'standalone-cdn.png');
    try {
      expect(visit.outcome?.error).toBeUndefined();
      expect(visit.outcome?.load?.links).toBeGreaterThan(5);
      expect(visit.drawn).toContain('irkutsk-gyeongbuk');
      const fromCdn = visit.requests.filter((url) => url.startsWith(visit.cdnUrl)).map((url) => new URL(url).pathname);
      expect(fromCdn).toEqual(
        expect.arrayContaining([
          `${PACKAGE_PATH}/coop-map.standalone.js`,
          `${PACKAGE_PATH}/geodata/countries.json`,
          `${PACKAGE_PATH}/geodata/admin1/RU.json`,
        ]),
      );
      // MapLibre starts a worker of another origin from a blob: module that imports the CDN's script.
      expect(visit.workers.length).toBeGreaterThan(0);
      expect(visit.workers.every((url) => url.startsWith('blob:'))).toBe(true);
      expect(fromCdn.some((path) => path.startsWith(`${PACKAGE_PATH}/maplibre-gl-worker.mjs`))).toBe(true);
      expect(visit.errors).toEqual([]);
      expect(visit.outside).toEqual([]);
    } finally {
      await visit.page.close();
    }
  });

  it.each([
    ['the geodata', '.json', /geodata\/(countries|aliases|admin1\/[A-Z]{2})\.json/],
    ["MapLibre's worker", 'maplibre-gl-worker.mjs', /worker/],
  ])('without CORS on %s, ends in coop-error that names it, not in a blank map', async (_what, file, named) => {
    const visit = await open((path) => !path.endsWith(file));
    try {
      expect(visit.defined).toBe(true);
      expect(visit.outcome?.error?.message).toMatch(named);
    } finally {
      await visit.page.close();
    }
  });

  it('without CORS on the script, the element is never defined (a module script needs CORS)', async () => {
    const visit = await open(() => false);
    try {
      expect(visit.defined).toBe(false);
    } finally {
      await visit.page.close();
    }
  });
});
