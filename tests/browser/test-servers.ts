// The misbehaving servers of scripts/test-servers.ts, from a browser test.
import { commands } from 'vitest/browser';
import type { TestServerKind } from '../../scripts/test-servers.ts';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startTestServer: (kind: TestServerKind) => Promise<string>;
    stopTestServer: (url: string) => Promise<void>;
    testServerConnections: (url: string) => Promise<number>;
  }
}

const started = new Set<string>();

/** Starts a server of that kind on a free port of 127.0.0.1; its origin (`http://127.0.0.1:port`). */
export async function startTestServer(kind: TestServerKind): Promise<string> {
  const url = await commands.startTestServer(kind);
  started.add(url);
  return url;
}

/** Stops every server the test started (in afterEach). */
export async function stopTestServers(): Promise<void> {
  await Promise.all([...started].map((url) => commands.stopTestServer(url)));
  started.clear();
}

/** How many connections to a started server are open now. */
export function openConnections(url: string): Promise<number> {
  return commands.testServerConnections(url);
}
