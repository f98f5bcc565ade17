// Runs `coop-map` in the test's process, as the bin does, and gives it files in a folder of its own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../src/cli/cli.js';

/** `coop-map ARGV`, with what it printed and its exit status; `stdin` is what it reads for FILE `-`. */
export async function run(argv: string[], stdin?: AsyncIterable<Uint8Array | string>) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin });
  return { status, stdout, stderr };
}

/** A folder for the test file's files, removed after its tests; `file` writes one and gives its path. */
export function tempFolder(prefix: string): { dir: () => string; file: (name: string, content: string) => string } {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir: () => dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}
