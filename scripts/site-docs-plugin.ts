// The site's documentation pages in the dev server (npm start), at /demo/ beside the front door,
// made on each request from the same sources as site/ (scripts/site-docs.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { docsPages } from './site-docs.mjs';

const root = resolve(import.meta.dirname, '..');

export function siteDocsPlugin(): Plugin {
  return {
    name: 'coop-map-site-docs',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = /^\/demo\/([\w-]+\.(?:html|css))$/.exec(req.url?.split('?')[0] ?? '')?.[1];
        if (!file || file === 'index.html') return next();
        if (file === 'docs.css') {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          res.end(readFileSync(join(root, 'demo/docs/docs.css')));
          return;
        }
        const manifestFile = join(root, 'dist/custom-elements.json');
        const manifest: unknown = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : null;
        const html = (docsPages(root, manifest) as Record<string, string>)[file];
        if (html === undefined) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(html);
      });
    },
  };
}
