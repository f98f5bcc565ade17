// Serves ../shared (seeds and real data sets, kept beside the repository and never copied into it)
// at /@shared/ in the dev server and the browser tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export const SHARED_URL_PREFIX = '/@shared/';
export const SHARED_DIR = resolve(process.env.COOP_MAP_SHARED ?? resolve(import.meta.dirname, '../../shared'));

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  tsv: 'text/tab-separated-values; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export function sharedDirPlugin(): Plugin {
  return {
    name: 'coop-map-shared-dir',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(SHARED_URL_PREFIX)) return next();
        const file = resolve(SHARED_DIR, decodeURIComponent(url.slice(SHARED_URL_PREFIX.length)));
        if (!file.startsWith(SHARED_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        const ext = file.split('.').pop() ?? '';
        res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}
