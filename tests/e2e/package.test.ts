// The npm build as a bundler sees it: `import 'coop-map'` must keep the element's registration
// (package.json's sideEffects lists the files that register it).
import { expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

it("a bundler keeps the element of `import 'coop-map'`", async () => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const app = mkdtempSync(join(tmpdir(), 'coop-map-consumer-'));
  try {
    // A page's own project: the package installed (linked) in its node_modules, one import.
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'coop-map'), 'dir');
    writeFileSync(join(app, 'main.js'), "import 'coop-map';\n");
    writeFileSync(join(app, 'index.html'), '<script type="module" src="./main.js"></script>\n');
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir: join(app, 'out'), minify: false } });
    const assets = join(app, 'out', 'assets');
    const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const code = files.map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    expect(code).toMatch(/customElements\.define\(\s*["'`]coop-map["'`]/);
    // The parts the element loads on first use stay chunks of their own in the page's build.
    const entry = readFileSync(join(app, 'out', 'index.html'), 'utf8').match(/src="\/assets\/([^"]+\.js)"/)![1]!;
    const entryCode = readFileSync(join(assets, entry), 'utf8');
    expect(entryCode).toMatch(/customElements\.define\(\s*["'`]coop-map["'`]/);
    for (const onDemand of ['coop-details-heading', '협력 관계 지도', 'Карта связей сотрудничества']) {
      expect(entryCode, onDemand).not.toContain(onDemand);
      expect(code, onDemand).toContain(onDemand);
    }
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
