// The site (npm run build:site → site/) on a plain static host, as a data set's author meets it
// in a real Chromium: she chooses her spreadsheet saved as CSV by Excel, sees it drawn, reads its
// problems by row, opens the row of one, maps her columns, and copies an embed snippet that,
// pasted into a blank page beside the package's dist/ folder and her file, draws the same links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const SHOTS = 'tests/screenshots';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let work: string;

/**
 * The officer's file as Excel's "CSV (semicolon)" saves it: a byte order mark, CRLF line ends,
 * Russian headers; row 4 (a typo in a region code) cannot be drawn, and row 5's status is the
 * element's own Russian word for ended.
 */
const OFFICERS_CSV =
  '\uFEFF' +
  [
    'Источник;Цель;Сферы;С;По;Статус;Название',
    'RU-IRK;KR-47;culture;1996;;active;Иркутская область и Кёнсан-Пукто',
    'RU-SVE;KZ-75;economy;2010;;active;Свердловская область и Алматы',
    'RU-IRK;KR-4777;culture;2001;;;опечатка в коде',
    'RU-SVE;KR-41;culture;2005;2019;завершено;Свердловская область и Кёнгидо',
    'RU-IRK;KZ-39;economy;2000;;suspended;Иркутская область и Костанай',
    'RU-SVE;KZ-59;tourism;2015;;planned;Свердловская область и Северный Казахстан',
  ]
    .map((row) => `${row}\r\n`)
    .join('');

interface LoadDetail {
  links: number;
  places: number;
  issues: { severity: string; path: string; code?: string }[];
}

beforeAll(async () => {
  if (!existsSync('site/index.html')) throw new Error('site/ is missing: run `npm run build:site` first');
  if (!existsSync('dist/coop-map.standalone.js')) throw new Error('dist/ is missing: run `npm run build` first');
  server = await serveStatic('site');
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  work = mkdtempSync(join(tmpdir(), 'coop-site-'));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page of the site with every coop-load and coop-error kept, in order. */
async function openSite(page: Page, url = `${server.url}/index.html`): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { loads: unknown[] };
    w.loads = [];
    document.addEventListener('coop-load', (e) => w.loads.push({ type: 'load', ...(e as CustomEvent).detail }));
    document.addEventListener('coop-error', (e) => w.loads.push({ type: 'error', ...(e as CustomEvent).detail }));
  });
  await page.goto(url);
  // The front door opens on the seed data set.
  await waitForLoads(page, 1);
}

async function waitForLoads(page: Page, count: number): Promise<LoadDetail & { type: string }> {
  await page.waitForFunction((n) => (window as unknown as { loads: unknown[] }).loads.length >= n, count, {
    timeout: 60_000,
  });
  return page.evaluate((n) => (window as unknown as { loads: (LoadDetail & { type: string })[] }).loads[n - 1]!, count);
}

/** Links drawn on the map (read from MapLibre's rendered features) and the links that pass the filters. */
function drawnLinks(page: Page): Promise<{ drawn: string[]; visible: string[] }> {
  return page.evaluate(async () => {
    const map = document.querySelector('coop-map')!;
    await map.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { drawn: [...new Set(await map.queryRenderedLinks())].sort(), visible: [...map.visibleLinks].sort() };
  });
}

function officersFile(): string {
  const file = join(work, 'partners.csv');
  writeFileSync(file, OFFICERS_CSV);
  return file;
}

/** What axe-core finds on the page (WCAG 2.2 A and AA). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The site with the officer's file chosen on its input, once the map has drawn it. */
async function siteWithOfficersFile(): Promise<{ page: Page; loaded: LoadDetail & { type: string } }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await openSite(page);
  await page.setInputFiles('#file', officersFile());
  return { page, loaded: await waitForLoads(page, 2) };
}

describe('the site', () => {
  it('shows a chosen file on the map, its problems by row, and the row of a problem', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openSite(page);
    await page.screenshot({ path: `${SHOTS}/site-front.png` });
    expect(await page.isHidden('#file-note')).toBe(true);

    await page.setInputFiles('#file', officersFile());
    const loaded = await waitForLoads(page, 2);
    expect(loaded.type).toBe('load');
    expect(loaded.links).toBe(5);
    expect(loaded.issues.filter((i) => i.severity === 'error').map((i) => i.path)).toEqual(['row 4, column "Цель"']);
    await expect.poll(() => page.textContent('#status')).toMatch(/^partners\.csv: 5 links between \d+ places/);
    const { drawn, visible } = await drawnLinks(page);
    expect(visible).toHaveLength(5);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((id) => visible.includes(id))).toBe(true);

    // The problems table: the dropped row first, with its row number, in the element's words.
    await page.waitForSelector('.problems-table');
    const rows = await page.$$eval('.problems-table tbody tr', (trs) =>
      trs.map((tr) => ({ row: tr.getAttribute('data-row'), text: tr.textContent!.replace(/\s+/g, ' ').trim() })),
    );
    expect(rows.length).toBe(loaded.issues.length); // fewer than the 500 the table lists
    expect(rows[0]).toEqual({ row: '4', text: expect.stringMatching(/Row 4, column “Цель”.*Left out.*“KR-4777”/) });
    expect(rows.some((r) => r.row === '5' && /завершено/.test(r.text))).toBe(true);

    // A click on a problem shows its row of the file, as written, the cell it names marked.
    await page.click('.problems-table tbody tr[data-row="4"] button.show-row');
    const cells = await page.$$eval('#row-view .raw-row tbody tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]),
    );
    expect(cells.slice(0, 3)).toEqual([
      ['Источник', 'RU-IRK'],
      ['Цель', 'KR-4777 ← this cell'],
      ['Сферы', 'culture'],
    ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('row-view');
    await (await page.$('#problems'))!.screenshot({ path: `${SHOTS}/site-problems.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives an embed snippet that draws the same links in a blank page with the standalone file', async () => {
    const { page } = await siteWithOfficersFile();
    // A view of her own: Russian, up to 2012 (the filters reflect to the attributes the snippet writes).
    await page.selectOption('#controls select[name="lang"]', 'ru');
    await page.fill('#controls input[name="years"]', '1990-2012');
    await page.press('#controls input[name="years"]', 'Enter');
    await page.locator('#controls input[name="years"]').blur();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('coop-map')!.getAttribute('years')))
      .toBe('1990-2012');
    // The problems table speaks the element's language.
    await expect
      .poll(() => page.$eval('.problems-table tbody tr[data-row="4"]', (tr) => tr.textContent!.replace(/\s+/g, ' ')))
      .toMatch(/Строка 4, столбец «Цель».*Пропущено/);
    // And so do its own headings and buttons.
    expect(await page.$$eval('.problems-table thead th', (ths) => ths.map((th) => th.textContent!.trim()))).toEqual([
      '#',
      'Где',
      'Вид',
      'Что не так',
      'Что сделать',
      'Строка',
    ]);
    expect(await page.textContent('.problems-table tbody tr[data-row="4"] button.show-row')).toContain(
      'Показать строку 4',
    );
    const site = await drawnLinks(page);
    expect(site.visible.length).toBeGreaterThan(0);
    expect(site.visible.length).toBeLessThan(5);

    const snippet = (await page.textContent('#snippet-code'))!;
    expect(snippet).toContain('<script type="module" src="dist/coop-map.standalone.js"></script>');
    expect(snippet).toMatch(/<coop-map src="your-file\.csv"[^>]* lang="ru"[^>]* years="1990-2012"/);
    expect(await page.textContent('#snippet')).toContain('as your-file.csv');
    await (await page.$('.embed'))!.screenshot({ path: `${SHOTS}/site-snippet.png` });

    // The blank page: the snippet, the package's dist/ and her file, as the snippet says.
    const blank = join(work, 'blank');
    cpSync('dist', join(blank, 'dist'), { recursive: true });
    writeFileSync(join(blank, 'your-file.csv'), OFFICERS_CSV);
    writeFileSync(
      join(blank, 'index.html'),
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Our partners</title></head>\n' +
        `<body>\n${snippet}</body></html>\n`,
    );
    const host = await serveStatic(blank);
    try {
      const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await other.addInitScript(() => {
        const w = window as unknown as { loads: unknown[] };
        w.loads = [];
        document.addEventListener('coop-load', (e) => w.loads.push({ type: 'load', ...(e as CustomEvent).detail }));
      });
      await other.goto(`${host.url}/index.html`);
      const there = await waitForLoads(other, 1);
      expect(there.links).toBe(5);
      const pasted = await drawnLinks(other);
      expect(pasted.visible).toEqual(site.visible);
      expect(pasted.drawn).toEqual(site.drawn);
      await other.screenshot({ path: `${SHOTS}/site-snippet-page.png` });
      await other.close();
    } finally {
      await host.close();
    }
    await page.close();
  });

  it('reads a dropped file, pasted text and an address', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openSite(page);
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.querySelector('coop-map')!.dispatchEvent(over);
      document
        .querySelector('coop-map')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, OFFICERS_CSV);
    expect((await waitForLoads(page, 2)).links).toBe(5);
    await page.click('.paste summary');
    await page.fill('#paste', OFFICERS_CSV.replace(/^\uFEFF/, '').replaceAll(';', ','));
    await page.click('#paste-form button[type="submit"]');
    const pasted = await waitForLoads(page, 3);
    expect(pasted.links).toBe(5);
    expect(await page.textContent('#snippet-code')).toContain('src="your-file.csv"');
    // An address: the element reads it, and the snippet names it.
    const address = `${server.url}/data/seed.json`;
    await page.fill('#url', address);
    await page.click('#url-form button[type="submit"]');
    expect((await waitForLoads(page, 4)).links).toBe(12);
    expect(await page.textContent('#snippet-code')).toContain(`src="${address}"`);
    await page.close();
  });

  it('maps columns the element cannot place by itself, and writes the columns attribute', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openSite(page);
    const file = join(work, 'own-header.csv');
    writeFileSync(file, 'from,to,areas\r\nRU-IRK,KR-47,culture\r\nRU-SVE,KZ-75,economy\r\n');
    await page.setInputFiles('#file', file);
    const failed = await waitForLoads(page, 2);
    expect(failed.links ?? 0).toBe(0);
    await page.waitForSelector('#columns-helper:not([hidden]) .warn');
    await page.selectOption('#columns-helper select[name="source"]', 'from');
    await page.selectOption('#columns-helper select[name="target"]', 'to');
    await page.selectOption('#columns-helper select[name="sectors"]', 'areas');
    expect(await page.textContent('#columns-helper .columns-value')).toBe(
      'columns="from:source, to:target, areas:sectors"',
    );
    await page.click('#columns-helper button[type="submit"]');
    const loaded = await waitForLoads(page, 3);
    expect(loaded.links).toBe(2);
    expect(await page.evaluate(() => document.querySelector('coop-map')!.getAttribute('columns'))).toBe(
      'from:source, to:target, areas:sectors',
    );
    expect(await page.textContent('#snippet-code')).toContain('columns="from:source, to:target, areas:sectors"');
    await page.close();
  });

  it('has nothing axe-core finds, with a file and its problems shown', async () => {
    const { page } = await siteWithOfficersFile();
    await page.waitForSelector('.problems-table');
    await page.click('.problems-table tbody tr[data-row="4"] button.show-row');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('opened from disk, says how to serve the folder', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
    await page.goto(pathToFileURL(resolve('site/index.html')).href);
    const note = await page.waitForSelector('.file-note', { timeout: 30_000 });
    expect(await note.getAttribute('role')).toBe('alert');
    expect(await note.textContent()).toContain('run “npx serve”');
    await page.screenshot({ path: `${SHOTS}/site-file.png` });
    await page.close();
  });

  it('has the documentation pages, the reference made from the manifest', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/reference.html`);
    const attributes = await page.$$eval('table:first-of-type tbody tr td:first-child code', (codes) =>
      codes.map((c) => c.textContent),
    );
    expect(attributes).toEqual(expect.arrayContaining(['src', 'years', 'hide-problems', 'min-weight']));
    expect(await axeViolations(page)).toEqual([]);
    for (const [file, heading] of [
      ['guide.html', 'Use it on a page'],
      ['data-format.html', 'The data set'],
      ['faq.html', 'Does my file leave my computer'],
    ]) {
      await page.goto(`${server.url}/${file}`);
      expect(await page.textContent('main')).toContain(heading);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.close();
  });
});
