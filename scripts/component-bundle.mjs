// Builds <coop-map> (src/coop-map.ts) minified in memory, as a page's production build would,
// and sorts the output into what a page loads up front and what it loads only on demand.
// scripts/size.mjs weighs the result; tests/unit/bundle-split.test.ts checks that the on-demand
// parts stay out of the first load.
import { build } from 'vite';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maplibreCssPlugin } from './maplibre-css-plugin.mjs';
import { minifyLiteralsPlugin } from './minify-literals-plugin.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LIT_PACKAGES = ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'];

/**
 * `external`: packages left as imports (with their subpaths); `plugins` run before the project's
 * own; `codeSplitting: false` inlines dynamic imports as the standalone build does.
 * Returns `upFront`, the entry and every file it imports statically, and `lazy`, the files only
 * reached through dynamic imports, each as `{ name, code, modules }`.
 */
export async function bundleComponent({ external = [], plugins = [], codeSplitting = true } = {}) {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    plugins: [...plugins, maplibreCssPlugin(), minifyLiteralsPlugin()],
    define: {
      __COOP_BUILT__: 'true',
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: join(ROOT, 'src/coop-map.ts'), formats: ['es'], fileName: () => 'coop-map.js' },
      rollupOptions: {
        // A library build keeps its entry's exports exactly, so every module the entry shares
        // with an on-demand chunk would go to a file of its own. No page loads that layout:
        // dist/ puts them in coop-map-core.js with the rest, a page's bundler in its own entry
        // chunk, the standalone file inlines everything. The entry may export more, as those do.
        preserveEntrySignatures: 'allow-extension',
        external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
        // Minified all the way, white space too, as a page's production build minifies it (a
        // library build in ES format otherwise keeps the white space).
        output: { minify: true, ...(codeSplitting ? {} : { codeSplitting: false }) },
      },
    },
  });
  return sortChunks((Array.isArray(result) ? result[0] : result).output);
}

/** Chunks of a build, as the entry and what it imports statically (`upFront`) and the rest (`lazy`). */
function sortChunks(outputs) {
  const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (name) => {
    if (!chunks.has(name) || upFront.has(name)) return;
    upFront.add(name);
    chunks.get(name).imports.forEach(visit);
  };
  visit([...chunks.values()].find((c) => c.isEntry).fileName);
  const files = (names) =>
    names.map((name) => ({ name, code: Buffer.from(chunks.get(name).code), modules: chunks.get(name).modules }));
  return { upFront: files([...upFront]), lazy: files([...chunks.keys()].filter((name) => !upFront.has(name))) };
}

/**
 * Builds a page's own project that depends on the package as npm installs it (dist/, linked
 * into its node_modules) and holds only `main.js`: by default one line, `import 'coop-map';`.
 * `external`: packages the page's build leaves as imports; `minify`: as a production build.
 * Returns the entry chunk (with what it imports statically, as `upFront`) and the other chunks;
 * the page's project is removed afterwards.
 */
export async function bundleConsumerPage({ external = [], minify = true, main = "import 'coop-map';\n" } = {}) {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const app = mkdtempSync(join(tmpdir(), 'coop-map-page-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(ROOT, join(app, 'node_modules', 'coop-map'), 'dir');
    writeFileSync(join(app, 'main.js'), main);
    writeFileSync(join(app, 'index.html'), '<script type="module" src="./main.js"></script>\n');
    const result = await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify,
        rollupOptions: { external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) },
      },
    });
    return sortChunks((Array.isArray(result) ? result[0] : result).output);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}
