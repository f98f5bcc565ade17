// `npm pack` of this checkout, as `npm publish` would upload it, made once for a build and shared
// by the e2e files that need the tarball (the generated apps install it, publint and attw read
// it): packing the 5 MB package cost each of them seconds. The tarball is kept under a name made
// from what npm packs (package.json's `files` and package.json itself, by path, size and time), so
// a new `npm run build` or an edited README packs again, and nothing else does.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);
const folder = join(root, 'node_modules/.cache/coop-map-pack');

/** Every file under the paths npm packs, with its size and modification time. */
function packedFiles(): string[] {
  const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  const out: string[] = [];
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else out.push(`${path.slice(root.length)} ${stat.size} ${stat.mtimeMs}`);
  };
  for (const entry of ['package.json', ...files]) visit(join(root, entry));
  return out;
}

/** The path of the packed tarball of the current files, packing it when they changed. */
export async function packedTarball(): Promise<string> {
  const key = createHash('sha256').update(packedFiles().join('\n')).digest('hex').slice(0, 16);
  const tarball = join(folder, `coop-map-${key}.tgz`);
  if (existsSync(tarball)) return tarball;
  // Packed into a folder of its own and moved in whole: e2e files run side by side, and one must
  // never read a tarball another is still writing.
  const scratch = join(folder, `.packing-${process.pid}-${Date.now()}`);
  mkdirSync(scratch, { recursive: true });
  try {
    const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root });
    const packed = join(scratch, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    // Older tarballs go; one of this name, packed meanwhile by another file, is replaced whole.
    for (const old of readdirSync(folder))
      if (old.endsWith('.tgz') && old !== `coop-map-${key}.tgz`) rmSync(join(folder, old), { force: true });
    renameSync(packed, tarball);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return tarball;
}
