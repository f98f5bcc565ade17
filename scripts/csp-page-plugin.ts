// Serves the playground's page under a strict Content-Security-Policy for the browser tests:
// `/demo/index.html?csp` is the page as it is, with the policy the README documents in its
// header and, first in its head, a script ('self', so the policy lets it run) that records every
// `securitypolicyviolation` in `window.cspViolations` before anything else runs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The policy the README's "Security and reliability" gives for a page with the element. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
].join('; ');

const PAGE = resolve(import.meta.dirname, '../demo/index.html');
const PROBE_URL = '/@csp-probe.js';

// Modules from the test server wrap import() in the browser runner's hook; outside the tester page
// it is given as vitest gives it to workers.
const PROBE = `globalThis.__vitest_browser_runner__ ??= { wrapDynamicImport: (f) => f() };
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    where: event.sourceFile + ':' + event.lineNumber,
  });
}, true);
`;

export function cspPagePlugin(): Plugin {
  return {
    name: 'coop-map-csp-page',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path, query = ''] = (req.url ?? '').split('?');
        if (path === PROBE_URL) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(PROBE);
          return;
        }
        if (path !== '/demo/index.html' || !new URLSearchParams(query).has('csp')) return next();
        const html = readFileSync(PAGE, 'utf8').replace('<head>', `<head>\n    <script src="${PROBE_URL}"></script>`);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', STRICT_CSP);
        res.end(html);
      });
    },
  };
}
