// Issue 14 in the element, the network's faults: a server that never answers, one that stops in
// the middle of a file, one that resets the connection — for the data, the region file and the
// geodata alike, each ends in coop-error within the element's `timeout`, never "Loading data…"
// for ever. The servers are real ones on 127.0.0.1 that each test starts and stops.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, nextEvent, SEED_URL, until } from './helpers.js';
import { openConnections, startTestServer, stopTestServers } from './test-servers.js';

afterEach(async () => {
  cleanup();
  await stopTestServers();
});

/** The message of the element's coop-error, failing the test on a coop-load instead. */
async function errorOf(attributes: Record<string, string>): Promise<string> {
  const element = mount(attributes);
  const loaded = nextEvent(element, 'coop-load', 20_000).then(() => 'coop-load instead of coop-error');
  const failed = nextEvent(element, 'coop-error', 20_000).then((event) => event.detail.message);
  const message = await Promise.race([failed, loaded]);
  expect(element.shadowRoot!.textContent).not.toContain('Loading data');
  return message;
}

describe('time limits (timeout attribute)', () => {
  it('a data server that never answers ends in coop-error after `timeout` seconds', async () => {
    const origin = await startTestServer('silent');
    const started = performance.now();
    const message = await errorOf({ src: `${origin}/data.json`, timeout: '0.5' });
    expect(message).toBe(`could not load ${origin}/data.json: the server did not answer within 0.5 s`);
    // Not the default of 60 s: the attribute is what gave up.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a regions-src server that never answers ends in coop-error', async () => {
    const origin = await startTestServer('silent');
    // Long enough for the seed, which the dev server on a busy machine may take a while to send.
    const message = await errorOf({ src: SEED_URL, 'regions-src': `${origin}/regions.json`, timeout: '4' });
    expect(message).toBe(`could not load ${origin}/regions.json: the server did not answer within 4 s`);
  });

  it('a geodata server that never answers ends in coop-error', async () => {
    const origin = await startTestServer('silent');
    const message = await errorOf({ src: SEED_URL, 'geodata-base': `${origin}/geodata/`, timeout: '4' });
    expect(message).toMatch(new RegExp(`^could not load ${origin}/geodata/\\S+: the server did not answer within 4 s`));
  });

  it('a download that stops in the middle is given up after `timeout` seconds without news', async () => {
    const origin = await startTestServer('stalls');
    const message = await errorOf({ src: `${origin}/data.json`, timeout: '0.5' });
    expect(message).toBe(
      `could not load ${origin}/data.json: the server sent nothing for 0.5 s after 0.0 MB; the download was given up`,
    );
  });

  it('a connection reset ends in coop-error at once, naming the URL', async () => {
    const origin = await startTestServer('reset');
    const message = await errorOf({ src: `${origin}/data.json` });
    expect(message).toMatch(new RegExp(`^could not load ${origin}/data.json: `));
    expect(message).not.toMatch(/did not answer/);
  });
});

describe('regions-src is read as the data is', () => {
  it('a region file that is not JSON is named in the message', async () => {
    const message = await errorOf({ src: SEED_URL, 'regions-src': '/index.html' });
    expect(message).toMatch(/^region shapes \(\/index\.html\): not valid JSON: /);
  });

  it('a region file nested too deep says so, by name', async () => {
    const deep = `data:application/json,${'['.repeat(5000)}${']'.repeat(5000)}`;
    const element = mount({ src: SEED_URL });
    element.regionsSrc = deep;
    const event = await nextEvent(element, 'coop-error', 20_000);
    expect(event.detail.message).toContain('nested more than 100 levels deep');
    expect(event.detail.message).toContain('region shapes (data:application/json,[[[');
    expect(event.detail.issues[0]).toMatchObject({ severity: 'error', code: 'region-file', path: 'regions' });
  });
});

describe('#6 superseded requests', () => {
  it('#6: each src that a newer one replaces is aborted, and the last one loads at once', async () => {
    const origin = await startTestServer('silent');
    const element = mount({ src: `${origin}/0.json` });
    // Twenty answers that never come, each replaced within a moment, as a page that follows a slider does.
    for (let i = 1; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      element.src = `${origin}/${i}.json`;
    }
    await until(async () => (await openConnections(origin)) > 0);
    const loaded = nextEvent(element, 'coop-load', 20_000);
    element.src = SEED_URL;
    // Without the abort, the browser's six connections to that server would stay open and the rest wait.
    expect((await loaded).detail.links).toBe(12);
    await until(async () => (await openConnections(origin)) === 0);
    expect(element.src).toBe(SEED_URL);
  });
});

describe('removed mid-load', () => {
  it('an element removed while its data downloads stops the download, and loads when added again', async () => {
    const origin = await startTestServer('stalls');
    const element = mount({ src: `${origin}/data.json` });
    const parent = element.parentElement!;
    await until(async () => (await openConnections(origin)) > 0);
    element.remove();
    // Off the page it holds nothing open.
    await until(async () => (await openConnections(origin)) === 0);
    const loaded = nextEvent(element, 'coop-load', 20_000);
    element.src = SEED_URL;
    parent.append(element);
    expect((await loaded).detail.links).toBe(12);
    await element.whenIdle();
    expect(await element.queryRenderedLinks()).toHaveLength(12);
  });
});
