#!/usr/bin/env node
// `coop-map validate FILE`: checks a cooperation data set with the validator the element runs.
// The validator is TypeScript; this runs its build (dist/cli.js), which `npm run build` writes and
// the published package ships.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write(
    `coop-map: ${fileURLToPath(cli)} is missing. In a checkout of the repository, run "npm run build" first;\n` +
      'an installed package ships it, so reinstall coop-map if it is gone.\n',
  );
  process.exit(2);
}
const { runCli } = await import(cli.href);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
