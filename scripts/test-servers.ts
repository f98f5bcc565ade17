// Servers that misbehave, for the browser tests: vitest browser commands (run in Node) that start
// one on a free port and stop it, so a test can point the element at a server that never answers,
// stops in the middle of a file, or resets the connection.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { BrowserCommand } from 'vitest/node';

/**
 * - `silent`: takes the connection and never answers;
 * - `stalls`: sends the headers and the first bytes of a JSON file, then nothing more;
 * - `reset`: closes the connection without an answer;
 * - `sheets`: answers as Google Sheets does for a sheet published to the web as CSV: the URL
 *   `/spreadsheets/d/e/…/pub?output=csv` redirects (307) to a path without an extension, which
 *   answers `text/csv` with CORS open to any page.
 */
export type TestServerKind = 'silent' | 'stalls' | 'reset' | 'sheets';

/** What the `sheets` server publishes: a sheet with Russian headers, as Google exports it (CRLF, no BOM). */
const PUBLISHED_SHEET_CSV =
  'Источник,Цель,Сферы,С,Статус\r\nRU-IRK,KR-47,culture,12.05.1996,active\r\n' +
  'RU-SVE,KZ-75,economy,2010,действует\r\nRU-IRK,KR-4777,culture,2001,\r\n';
const PUBLISHED_PATH = '/pub/2pacx-test/csv-export';

const servers = new Map<string, { server: Server; sockets: Set<Socket> }>();

function start(kind: TestServerKind): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    if (kind === 'sheets') {
      const cors = { 'access-control-allow-origin': '*' };
      if (request.url?.startsWith('/spreadsheets/d/e/')) {
        response.writeHead(307, { ...cors, location: PUBLISHED_PATH });
        response.end();
      } else if (request.url === PUBLISHED_PATH) {
        response.writeHead(200, { ...cors, 'content-type': 'text/csv; charset=utf-8' });
        response.end(PUBLISHED_SHEET_CSV);
      } else {
        response.writeHead(404, cors);
        response.end();
      }
    } else if (kind === 'reset') {
      request.socket.destroy();
    } else if (kind === 'stalls') {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.write('{"links": [');
    }
    // `silent`, and `stalls` after its first bytes: the request stays open until the server stops.
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      servers.set(url, { server, sockets });
      resolve(url);
    });
  });
}

function stop(url: string): Promise<void> {
  const entry = servers.get(url);
  if (!entry) return Promise.resolve();
  servers.delete(url);
  for (const socket of entry.sockets) socket.destroy();
  return new Promise((resolve) => entry.server.close(() => resolve()));
}

const startTestServer: BrowserCommand<[kind: TestServerKind]> = (_context, kind) => start(kind);
const stopTestServer: BrowserCommand<[url: string]> = (_context, url) => stop(url);

/** How many connections to the server are open now (a fetch the page aborts closes its own). */
const testServerConnections: BrowserCommand<[url: string]> = (_context, url) => servers.get(url)?.sockets.size ?? 0;

export const testServerCommands = { startTestServer, stopTestServer, testServerConnections };
