// `npm install coop-map` as a web developer does it: the package is packed into a tarball, the
// tarball installed into apps of the common kinds (Vite, Vite + React 19, Vite + Vue 3, Vite +
// Svelte 5, webpack 5, Angular 21),
// each built with its own toolchain and default settings, served as a static host serves the
// output, and opened in Chromium: the element must load its data set (`coop-load`) and draw its
// arcs (read back from the GPU) with nothing copied by hand, MapLibre's worker and the geodata
// being assets the app's bundler found by itself.
//
// The apps' sources are in tests/e2e/apps/; they share one install (apps/node_modules, from
// apps/package-lock.json), made again only when that lockfile changes, and the tarball (packed
// once for the e2e files, packed.ts) is installed into it again only when its contents change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { packedTarball } from './packed.js';

const root = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);
// The apps build as their developers would build them: vitest's NODE_ENV=test would make Vite
// resolve the packages' development builds.
const { NODE_ENV: _testEnv, ...env } = process.env;
// webpack's app is given the repository's MapLibre (webpack.config.mjs says why).
const buildEnv = { ...env, MAPLIBRE_GL: join(root, 'node_modules/maplibre-gl') };
const run = (command: string, args: readonly string[], options: { cwd: string }) =>
  exec(command, args, { ...options, env: buildEnv, maxBuffer: 16 * 1024 * 1024 });
const apps = join(import.meta.dirname, 'apps');
const links = JSON.parse(readFileSync(join(apps, 'links.json'), 'utf8')) as { links: { id: string }[] };
const LINK_IDS = links.links.map((link) => link.id).sort();
const maplibreVersion = (folder: string) =>
  (JSON.parse(readFileSync(join(folder, 'maplibre-gl/package.json'), 'utf8')) as { version: string }).version;
/** The MapLibre the package was built with (the apps but webpack's have one of their own, newer). */
const BUILT_WITH = maplibreVersion(join(root, 'node_modules'));

/** Each app: how it is built (a command run in apps/) and the folder a static host serves. */
const APPS = {
  'vite-vanilla': { build: ['node_modules/vite/bin/vite.js', 'build', 'vite-vanilla'], serve: 'vite-vanilla/dist' },
  'vite-react': { build: ['node_modules/vite/bin/vite.js', 'build', 'vite-react'], serve: 'vite-react/dist' },
  'vite-vue': { build: ['node_modules/vite/bin/vite.js', 'build', 'vite-vue'], serve: 'vite-vue/dist' },
  'vite-svelte': { build: ['node_modules/vite/bin/vite.js', 'build', 'vite-svelte'], serve: 'vite-svelte/dist' },
  webpack: { build: ['webpack/build.mjs'], serve: 'webpack' },
  // `ng build` (angular.json: the application builder, esbuild), which copies the geodata and the
  // worker as assets: esbuild does not emit what `new URL(…, import.meta.url)` names.
  angular: { build: ['node_modules/@angular/cli/bin/ng.js', 'build'], serve: 'angular/dist/browser' },
} as const;
type AppName = keyof typeof APPS;

const sha = (...files: string[]) => {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex');
};

/** The apps' shared install, again only when the lockfile changed since the last one. */
async function installApps(): Promise<void> {
  const stamp = join(apps, 'node_modules/.coop-map-e2e-lock');
  const lock = sha(join(apps, 'package-lock.json'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: apps });
  writeFileSync(stamp, lock);
}

/**
 * The tarball installed into the apps (without saving it to their package.json), when it changed:
 * its name is made from its contents (packed.ts), since npm keeps an installed package whose spec
 * has not changed.
 */
async function installTarball(tarball: string): Promise<void> {
  const stamp = join(apps, 'node_modules/.coop-map-e2e-tarball');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== tarball) {
    await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: apps });
    writeFileSync(stamp, tarball);
  }
  // What the apps build is the dist/ of this checkout.
  for (const file of ['dist/coop-map-core.js', 'package.json'])
    expect(sha(join(apps, 'node_modules/coop-map', file)), file).toBe(sha(join(root, file)));
}

let browser: Browser;
const servers: { url: string; close: () => Promise<void> }[] = [];
const urls = {} as Record<AppName, string>;

// Six builds one after the other on two cores, after an install when the lockfile changed: Angular's
// install (about 380 packages) and build (about 20 s of CPU) are most of the time.
beforeAll(async () => {
  if (!existsSync(join(root, 'dist/index.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const [tarball] = await Promise.all([packedTarball(), installApps()]);
  await installTarball(tarball);
  // The apps have a MapLibre of their own (apps/package.json), not the one the package was built
  // with, so that the element must start the worker of theirs; and they have it once, coop-map
  // using theirs (a peer dependency) instead of a copy of its own.
  expect(maplibreVersion(join(apps, 'node_modules')), 'apps/package.json: another maplibre-gl').not.toBe(BUILT_WITH);
  expect(existsSync(join(apps, 'node_modules/coop-map/node_modules/maplibre-gl'))).toBe(false);
  // The builds one after the other: two cores, and webpack alone takes one.
  for (const [name, app] of Object.entries(APPS)) {
    await run(process.execPath, app.build, { cwd: apps }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`${name} did not build:\n${error.stdout}\n${error.stderr}`);
    });
    const server = await serveStatic(join(apps, app.serve));
    servers.push(server);
    urls[name as AppName] = `${server.url}/index.html`;
  }
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

interface Visit {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** The scripts of the workers the page started. */
  workers: string[];
  /** Answers of 400 and more, failed requests, page errors and console errors. */
  problems: string[];
  /** `coop-load`'s detail, as a listener on the document saw it. */
  load: { links: number; places: number; issues: unknown[] };
}

/** Opens an app with the network limited to its own host, and waits for coop-load (or coop-error). */
async function visit(name: AppName): Promise<Visit> {
  const origin = new URL(urls[name]).origin;
  const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
  const requests: string[] = [];
  const workers: string[] = [];
  const problems: string[] = [];
  const answered = new Set<string>();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the app: ${url}`);
    return route.abort();
  });
  page.on('response', (response) => {
    answered.add(response.url());
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // An intercepted request whose answer was read as a stream ends "aborted" once read: not a failure.
  page.on('requestfailed', (request) => {
    if (!answered.has(request.url())) problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Errors and warnings both: "Lit is in dev mode" would say the app's build took Lit's development build.
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen = window as unknown as Record<string, unknown>;
    document.addEventListener('coop-load', (e) => (seen.coopLoad = (e as CustomEvent).detail));
    document.addEventListener('coop-error', (e) => (seen.coopError = (e as CustomEvent).detail));
  });
  await page.goto(urls[name]);
  const outcome = await page.waitForFunction(
    () => {
      const seen = window as unknown as Record<string, unknown>;
      return seen.coopLoad || seen.coopError ? { load: seen.coopLoad, error: seen.coopError } : null;
    },
    null,
    { timeout: 60_000 },
  );
  const { load, error } = (await outcome.jsonValue()) as { load?: Visit['load']; error?: unknown };
  expect(error, JSON.stringify(problems)).toBeUndefined();
  return { page, requests, workers, problems, load: load! };
}

/** What every app must show: the data set loaded and drawn, its files served by the app itself. */
async function expectDrawn(name: AppName, { page, requests, workers, problems, load }: Visit): Promise<void> {
  expect(load).toMatchObject({ links: LINK_IDS.length, issues: [] });
  const drawn = await page.evaluate(() => document.querySelector('coop-map')!.queryRenderedLinks());
  expect([...drawn].sort()).toEqual(LINK_IDS);
  // The worker and the regions were the app's own assets, not files of node_modules/.
  const origin = new URL(page.url()).origin;
  expect(new Set(workers.map((url) => new URL(url).origin))).toEqual(new Set([origin]));
  // And the worker is of the version of the MapLibre that runs (its license line names it).
  const version = await page.evaluate(() => document.querySelector('coop-map')!.map!.version);
  expect((await (await fetch(workers[0]!)).text()).slice(0, 300)).toContain(`/v${version}/LICENSE.txt`);
  expect(version).toBe(name === 'webpack' ? BUILT_WITH : maplibreVersion(join(apps, 'node_modules')));
  const paths = [...requests, ...workers].map((url) => new URL(url).pathname);
  // The data set is given inline: the JSON files are the geodata's five (countries, aliases and
  // the admin-1 files of Russia, Korea and Kazakhstan, whose regions it names; not the index nor
  // any other country's), under whatever names the bundler gave them.
  expect(paths.filter((path) => path.endsWith('.json'))).toHaveLength(5);
  expect(paths.filter((path) => path.includes('node_modules'))).toEqual([]);
  expect(problems).toEqual([]);
}

describe.each(Object.keys(APPS) as AppName[])('%s', (name) => {
  it('loads and draws the data set with nothing copied', async () => {
    const visited = await visit(name);
    try {
      await expectDrawn(name, visited);
      if (name !== 'vite-vanilla' && name !== 'webpack') {
        // The framework's own event bindings (onCoopLoad, @coop-load, …) reached the app.
        const { page } = visited;
        expect(await page.evaluate(() => (window as unknown as { app: { load: unknown } }).app.load)).toEqual(
          visited.load,
        );
        await page.evaluate(() => {
          const element = document.querySelector('coop-map')!;
          element.select('irkutsk-gyeongbuk');
          element.toggleSector('culture');
        });
        expect(await page.evaluate(() => (window as unknown as { app: object }).app)).toMatchObject({
          select: { kind: 'link', id: 'irkutsk-gyeongbuk' },
          filterChange: { sectors: expect.arrayContaining(['economy', 'education', 'tourism']) },
        });
      }
    } finally {
      await visited.page.close();
    }
  });
});

// The typings of coop-map/react, coop-map/jsx, coop-map/vue and coop-map/svelte, as the apps' TypeScript reads them.
it.each(['vite-react', 'vite-vue', 'vite-svelte'])('%s type-checks against the installed package', async (app) => {
  await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', app], { cwd: apps }).catch(
    (error: { stdout?: string }) => {
      throw new Error(`tsc -p ${app}:\n${error.stdout}`);
    },
  );
});
