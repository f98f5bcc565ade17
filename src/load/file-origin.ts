// A page opened from disk (file://) cannot read its data: browsers refuse file:// fetches (and
// Chromium even the module script). The element says so, with the one command that serves it,
// rather than staying blank. The standalone page (demo/standalone.html) says the same where the
// script itself cannot load.

/** The message for a data or region URL a page opened from disk cannot read; null when it can. */
export function fileOriginMessage(url: URL): string | null {
  if (url.protocol !== 'file:') return null;
  return (
    'this page is opened from disk (file://), and browsers do not let such a page read its data. ' +
    'Serve the folder and open it over http: in that folder run `npx serve` (or `python3 -m http.server`), ' +
    'then open the address it prints'
  );
}
