// Issue 14, one place for limits: the size limit on every download, the time limit, the
// nesting depth of JSON, and a column mapping whose values are not column names.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, MAX_DATA_BYTES } from '../../src/data/limits.js';
import { parseColumnMapping } from '../../src/data/parse-text.js';
import { parseDataText } from '../../src/data/parse-csv.js';
import { fetchText } from '../../src/load/fetch.js';
import { defaultGeodataBase } from '../../src/load/geodata.js';
import { DataLoadError, runPipeline } from '../../src/load/pipeline.js';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;

describe('downloads: the size and time limits', () => {
  let server: Server;
  let base = '';
  /** Requests the server holds without answering, answered (closed) when the tests end. */
  const held: ServerResponse[] = [];

  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
    '/never': (_, response) => held.push(response),
    '/stall': (_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"type": "Topology", ');
      held.push(response);
    },
    '/declared-huge': (_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(150 * 1e6) });
      response.write('{"type": ');
      held.push(response);
    },
    '/endless': (request, response) => {
      // No length: a body that goes on until the client stops reading.
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(MB, ' ');
      let closed = false;
      request.socket.on('close', () => (closed = true));
      const write = () => {
        while (!closed && response.write(chunk));
        if (!closed) response.once('drain', write);
      };
      write();
    },
    '/slow-but-going': (_, response) => {
      // Parts 100 ms apart, 600 ms in all: longer than a 300 ms limit, but never silent for 300 ms.
      response.writeHead(200, { 'Content-Type': 'text/csv' });
      let parts = 0;
      const timer = setInterval(() => {
        response.write(parts === 0 ? 'source,target\n' : 'RU-IRK,KR-47\n');
        if (++parts === 6) {
          clearInterval(timer);
          response.end();
        }
      }, 100);
    },
  };

  beforeAll(async () => {
    server = createServer((request, response) => routes[request.url ?? '']?.(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const response of held) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('waits 60 s by default, the constant the element uses', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
  });

  it.each(['data', 'regions', 'geodata'] as const)(
    'gives up on a server that never answers (%s), saying so',
    async (what) => {
      const started = performance.now();
      await expect(fetchText(`${base}/never`, what, { timeoutMs: 300 })).rejects.toThrow(
        `could not load ${base}/never: the server did not answer within 0.3 s`,
      );
      expect(performance.now() - started).toBeLessThan(5_000);
    },
    10_000,
  );

  it('gives up on a download that stops in the middle', async () => {
    await expect(fetchText(`${base}/stall`, 'regions', { timeoutMs: 300 })).rejects.toThrow(
      `could not load ${base}/stall: the server sent nothing for 0.3 s after 0.0 MB; the download was given up`,
    );
  }, 10_000);

  it('does not cut a slow download that goes on', async () => {
    const text = await fetchText(`${base}/slow-but-going`, 'data', { timeoutMs: 300 });
    expect(text.split('\n').filter(Boolean)).toHaveLength(6);
  }, 10_000);

  it("stays an AbortError when the caller's signal aborts first, not a time-out", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await fetchText(`${base}/never`, 'data', { timeoutMs: 5_000, signal: controller.signal }).catch(
      (e: unknown) => e as Error,
    );
    expect((error as Error).name).toBe('AbortError');
  }, 10_000);

  it.each(['regions', 'geodata'] as const)(
    '#14: refuses a %s file the server says is too large, with the size it declared',
    async (what) => {
      await expect(fetchText(`${base}/declared-huge`, what)).rejects.toThrow(
        `could not load ${base}/declared-huge: the file is 150.0 MB; the limit is 64 MB`,
      );
    },
  );

  it.each(['data', 'regions'] as const)(
    '#14: stops a %s download without a length at the limit, and says it is more than the limit',
    async (what) => {
      const progress: number[] = [];
      await expect(fetchText(`${base}/endless`, what, { onProgress: (p) => progress.push(p.loaded) })).rejects.toThrow(
        `could not load ${base}/endless: the file is more than 64 MB; the limit is 64 MB`,
      );
      expect(progress.at(-1)).toBeLessThanOrEqual(MAX_DATA_BYTES);
    },
    30_000,
  );
});

const DEEP = 100_000;
const deep = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
const TOO_DEEP = 'arrays and objects are nested more than 100 levels deep; the limit is 100';

describe('nesting depth', () => {
  it('reports JSON nested 100,000 deep as too deeply nested, not "Maximum call stack size exceeded"', () => {
    for (const text of [deep, `{"links": [{"source": "RU-IRK", "target": "KR-47", "x": ${deep}}]}`]) {
      const parsed = parseDataText(text, { format: 'json' });
      expect(parsed.data).toBeNull();
      expect(parsed.issues).toEqual([{ severity: 'error', code: 'unreadable', path: '', message: TOO_DEEP }]);
    }
  });

  it('reads JSON nested to the limit', () => {
    // links[0].x: 3 levels, then 97 more.
    const nested = `${'['.repeat(97)}${']'.repeat(97)}`;
    const parsed = parseDataText(`{"links": [{"source": "RU-IRK", "target": "KR-47", "x": ${nested}}]}`);
    expect(parsed.issues).toEqual([]);
    expect(parsed.data!.links).toHaveLength(1);
  });

  it('reports region shapes nested too deep given as an object, without a stack overflow', async () => {
    let properties: unknown = {};
    for (let i = 0; i < DEEP; i++) properties = { a: properties };
    const regions = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'NEAR-1', properties, geometry: { type: 'Point', coordinates: [129, 36] } }],
    };
    const error = await runPipeline({
      text: 'source,target\nRU-IRK,NEAR-1\n',
      regions,
      regionsName: 'deep.geojson',
      geodataBase: defaultGeodataBase(),
      loadText: (url) => readFile(fileURLToPath(url), 'utf8'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toBe(
      `region shapes (deep.geojson): none of the 1 shapes can be read; the first: regions.features[0]: ${TOO_DEEP}`,
    );
    expect((error as DataLoadError).input).toBe('regions');
  });
});

describe('a column mapping whose value is not a column name', () => {
  const csv = 'origin,destination\nRU-IRK,KR-47\n';
  const load = (columns: Parameters<typeof runPipeline>[0]['columns'], columnErrors?: string[]) =>
    runPipeline({
      text: csv,
      columns,
      columnErrors,
      geodataBase: defaultGeodataBase(),
      loadText: (url) => readFile(fileURLToPath(url), 'utf8'),
    }).catch((e: unknown) => e as DataLoadError);

  it('says what the value is, in the mapping read from text', async () => {
    const { mapping, errors } = parseColumnMapping('{"origin": 5, "destination": "target"}');
    expect(errors).toEqual([
      'the column mapping gives "origin" the number 5, not a column name (text such as "source_name"); it is ignored',
    ]);
    const error = (await load(mapping, errors)) as DataLoadError;
    // The missing column is explained by the mapping, not by a mapping to give.
    expect(error.message).toBe(
      'no "source" column (the header has: "origin", "destination"); the column mapping gives "origin" ' +
        'the number 5, not a column name (text such as "source_name"); it is ignored',
    );
    expect(error.issues[0]).toMatchObject({ severity: 'warning', code: 'column-mapping', path: 'columns' });
  });

  it('says what the value is, in a mapping given as an object', async () => {
    const error = (await load({ origin: { name: 'source' } as never, destination: 'target' })) as DataLoadError;
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error.message).toMatch(/^no "source" column .*; the column mapping gives "origin" an object, not a column/);
    const fine = await load({ origin: 'source', destination: 'target', note: null as never });
    expect((fine as { issues: unknown[] }).issues).toEqual([
      {
        severity: 'warning',
        code: 'column-mapping',
        path: 'columns',
        message: 'the column mapping gives "note" null, not a column name (text such as "source_name"); it is ignored',
      },
    ]);
  });
});
