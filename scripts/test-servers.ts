// Servers that misbehave, for the browser tests: vitest browser commands (run in Node) that start
// one on a free port and stop it, so a test can point the element at a server that never answers,
// stops in the middle of a file, or resets the connection.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { BrowserCommand } from 'vitest/node';

/**
 * - `silent`: takes the connection and never answers;
 * - `stalls`: sends the headers and the first bytes of a JSON file, then nothing more;
 * - `reset`: closes the connection without an answer.
 */
export type TestServerKind = 'silent' | 'stalls' | 'reset';

const servers = new Map<string, { server: Server; sockets: Set<Socket> }>();

function start(kind: TestServerKind): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    if (kind === 'reset') {
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
