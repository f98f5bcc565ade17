// A plain static file server for dist/ (or any folder), as a web host would serve it: sirv
// answers each request from the folder as it is then, with the content type of the file's
// extension, and nothing outside the folder.
import { createServer } from 'node:http';
import sirv from 'sirv';

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export function serveStatic(folder, port = 0) {
  // dev: the folder is read on each request (files written after the start are served too).
  const files = sirv(folder, {
    dev: true,
    setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
  });
  const server = createServer((req, res) => files(req, res));
  return new Promise((resolveServer) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveServer({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? 'dist';
  const { url } = await serveStatic(folder, Number(process.env.PORT ?? 8080));
  console.log(`serving ${folder} at ${url}`);
}
