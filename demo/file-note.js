// Opened from disk (file://), browsers do not run the page's module script: show the note that
// says how to serve the folder. A classic script of its own, so that it runs there, and so that a
// strict Content-Security-Policy (script-src 'self') lets it run too.
if (location.protocol === 'file:') document.getElementById('file-note').hidden = false;
