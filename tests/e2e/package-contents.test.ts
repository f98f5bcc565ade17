// What `npm publish` would upload, checked as its users' tools check it: the manifest lists the
// element's public surface only and the README documents it all, the types resolve for every
// entry (attw) and package.json is right (publint), the standalone file names its third-party
// licenses, and the element renders on a server with @lit-labs/ssr.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { packedTarball } from './packed.js';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Member {
  name: string;
  kind: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes: { name: string; fieldName: string }[];
  members: Member[];
  events: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string }[];
}

function element(): Declaration {
  const manifest = JSON.parse(read('dist/custom-elements.json')) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName === 'coop-map');
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The names in the first column of the README's table under a header line (`| attribute / property |`). */
function readmeColumn(header: string): string[] {
  const lines = read('README.md').split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  expect(start, header).toBeGreaterThan(-1);
  const names: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const first = line.split('|')[1]!;
    for (const [, name] of first.matchAll(/`([^`]+)`/g)) names.push(name!);
  }
  return names;
}

describe('custom-elements.json', () => {
  it('is named by package.json and lists only what a page may use', () => {
    expect(JSON.parse(read('package.json')).customElements).toBe('dist/custom-elements.json');
    const { members, attributes } = element();
    expect(members.filter((m) => m.privacy || m.name.startsWith('#'))).toEqual([]);
    expect(members.filter((m) => m.name === 'hover')).toEqual([]);
    // Each member once (the static workerUrl's getter and setter are one property).
    const keys = members.map((m) => `${m.static ? 'static ' : ''}${m.name}`);
    expect(keys).toEqual([...new Set(keys)]);
    expect(attributes.map((a) => a.name)).toContain('regions-src');
  });

  it("agrees with the README's reference tables", () => {
    const { attributes, members, events } = element();
    const documented = readmeColumn('attribute / property');
    // Every attribute is documented, by its attribute name.
    for (const { name } of attributes) expect(documented, `README: attribute ${name}`).toContain(name);
    // Every public property without an attribute, and every method, as `.name` or `.name()`.
    const dotted = documented.filter((n) => n.startsWith('.')).map((n) => n.replace(/^\.|\(.*$/g, ''));
    const withAttribute = new Set(attributes.map((a) => a.fieldName));
    for (const m of members.filter((m) => !m.static && !withAttribute.has(m.name)))
      expect(dotted, `README: .${m.name}`).toContain(m.name);
    // And nothing the README lists is missing from the element.
    const statics = members.filter((m) => m.static).map((m) => `CoopMap.${m.name}`);
    for (const name of statics) expect(documented, `README: ${name}`).toContain(name);
    for (const name of documented.filter((n) => !n.startsWith('.') && !statics.includes(n)))
      expect(attributes.map((a) => a.name)).toContain(name);
    expect(readmeColumn('event')).toEqual(events.map((e) => e.name));
  });
});

describe('the tarball', () => {
  it('passes publint --strict', async () => {
    const tarball = readFileSync(await packedTarball());
    const pack = { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) };
    // The tarball's files are under package/, as npm packs them.
    const { messages } = await publint({ pkgDir: 'package', strict: true, pack });
    expect(messages).toEqual([]);
  }, 120_000);

  it('has types for every entry (attw, ESM only: the package has no CommonJS build)', async () => {
    const tarball = await packedTarball();
    const result = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))));
    expect(result.types).not.toBe(false);
    if (result.types === false) return;
    // Every export was checked, and none has a problem where an ES module is imported.
    expect(Object.keys(result.entrypoints).sort()).toEqual(
      Object.keys(JSON.parse(read('package.json')).exports as object).sort(),
    );
    const esm = result.problems.filter(
      (p) => !('resolutionKind' in p) || !['node10', 'node16-cjs'].includes(p.resolutionKind),
    );
    expect(esm).toEqual([]);
  }, 180_000);

  it('ships the licenses: its own, and those of what the standalone file bundles, named by it', () => {
    expect(JSON.parse(read('package.json')).files).toContain('LICENSE');
    expect(read('LICENSE')).toMatch(/MIT License/);
    const notices = read('dist/THIRD-PARTY-NOTICES');
    for (const bundled of ['maplibre-gl', 'lit-html', 'lit-element', '@lit/reactive-element', 'papaparse'])
      expect(notices, bundled).toMatch(new RegExp(`^${bundled.replace('/', '\\/')} \\S+ — `, 'm'));
    expect(notices).toContain('Copyright (c) 2023, MapLibre contributors');
    expect(notices).toContain('Natural Earth');
    expect(read('dist/coop-map.standalone.js').slice(0, 200)).toContain('THIRD-PARTY-NOTICES');
  });

  it('types every entry it exports', () => {
    const { exports } = JSON.parse(read('package.json')) as { exports: Record<string, string | { types: string }> };
    for (const [entry, target] of Object.entries(exports)) {
      if (typeof target === 'string') continue;
      expect(existsSync(join(root, target.types)), `${entry}: ${target.types}`).toBe(true);
    }
  });
});

it('renders its shell with @lit-labs/ssr in Node (the map starts in the browser)', async () => {
  // Imported by name at run time: @lit-labs/ssr's types change Array's `flat` for the whole program.
  type Ssr = {
    render: (value: unknown) => Iterable<unknown>;
    collectResult: (r: Iterable<unknown>) => Promise<string>;
  };
  const [ssr, result] = ['@lit-labs/ssr', '@lit-labs/ssr/lib/render-result.js'];
  const { render } = (await import(/* @vite-ignore */ ssr)) as Pick<Ssr, 'render'>;
  const { collectResult } = (await import(/* @vite-ignore */ result)) as Pick<Ssr, 'collectResult'>;
  const { html } = await import('lit');
  await import(join(root, 'dist/index.js'));
  const markup = await collectResult(render(html`<coop-map src="cooperation.json" lang="ru"></coop-map>`));
  expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
  expect(markup).toMatch(/<div class="map" part="map" role="region"/);
});
