// Where the shown data set came from, and how it is handed to the element. A file (chosen,
// dropped or pasted) never leaves the browser: it becomes a blob: URL given to the element's
// `src`, so the element reads it as it reads any file, with its own readers (JSON, CSV, and
// spreadsheets as far as the element reads them).
import type { CoopMap } from '../../src/index.js';

export interface DataSource {
  /** `file`: chosen, dropped or pasted; `url`: an address; `example`: one of the gallery's. */
  kind: 'file' | 'url' | 'example';
  /** The file's name as its author knows it, or the URL. */
  name: string;
  /** The file's text, for showing its rows; null when it is not text (a spreadsheet) or not read. */
  text: string | null;
  /** What the embed snippet's `src` says. */
  snippetSrc: string;
}

const TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/csv',
  json: 'application/json',
  geojson: 'application/json',
};
const TEXT_EXTENSIONS = new Set(Object.keys(TYPES));

export function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

let shownUrl: string | null = null;

/**
 * Gives a file to the element as a blob: URL of the media type its name says (browsers give
 * a CSV file from Windows the type of Excel), and the previous one back to the browser.
 */
export function showBlob(map: CoopMap, blob: Blob, name: string): void {
  const type = TYPES[extensionOf(name)] ?? blob.type;
  const url = URL.createObjectURL(new Blob([blob], { type }));
  if (shownUrl) URL.revokeObjectURL(shownUrl);
  shownUrl = url;
  map.src = url;
}

/** A file's text when its name says it is text; null for a workbook or another binary file. */
export async function textOf(file: Blob, name: string): Promise<string | null> {
  const extension = extensionOf(name);
  if (extension !== '' && !TEXT_EXTENSIONS.has(extension)) return null;
  return file.text();
}

/** The snippet's name for the author's own file: `your-file.csv`, with the file's own extension. */
export function snippetFileName(name: string): string {
  const extension = extensionOf(name);
  return `your-file.${extension || 'csv'}`;
}
