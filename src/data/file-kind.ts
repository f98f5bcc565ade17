// What a file is when it is not text: a spreadsheet workbook, an archive, a PDF, an image. A
// reader that took such a file for CSV would print its bytes as the "header"; this names it
// instead, so the message can say what to do (save it as CSV). Works on the decoded text,
// where bytes that are not UTF-8 have become U+FFFD.

export type BinaryKind = 'xlsx' | 'ods' | 'xls' | 'zip' | 'pdf' | 'image' | 'binary';

const LOOK_AT = 64 * 1024;
const IMAGE = /^\uFFFDPNG|^GIF8[79]a|^RIFF[^]{4}WEBP/;

/** The kind of a file that is not text, or undefined when it is text. */
export function binaryKind(text: string): BinaryKind | undefined {
  const head = text.slice(0, LOOK_AT);
  if (head.startsWith('PK\u0003\u0004')) {
    if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (head.includes('xl/')) return 'xlsx';
    return 'zip';
  }
  if (head.startsWith('%PDF-')) return 'pdf';
  if (IMAGE.test(head.slice(0, 16)) || (head.startsWith('\uFFFD') && /JFIF|Exif/.test(head.slice(0, 16)))) {
    return 'image';
  }
  // The OLE2 signature of .xls files, D0 CF 11 E0, as UTF-8 decodes it.
  if (head.startsWith('\uFFFD\uFFFD\u0011')) return 'xls';
  // Text has no NUL characters, and few characters that could not be decoded.
  const sample = head.slice(0, 1024);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd) odd++;
  }
  return sample.length > 0 && (sample.includes('\u0000') || odd / sample.length > 0.1) ? 'binary' : undefined;
}

/**
 * Whether a file's bytes are an Excel workbook (.xlsx), which the element reads (workbook.ts).
 * Only the start is looked at, decoded byte for byte, where the zip's first file names are.
 */
export function isWorkbook(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) return false;
  return binaryKind(new TextDecoder('latin1').decode(bytes.subarray(0, LOOK_AT))) === 'xlsx';
}

/** Each kind in English words (the English problems notice says them too). */
export const FILE_KIND_NAMES: Readonly<Record<BinaryKind, string>> = {
  xlsx: 'an Excel workbook (.xlsx)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  xls: 'an old Excel workbook (.xls)',
  zip: 'a zip archive',
  pdf: 'a PDF document',
  image: 'an image',
  binary: 'not a text file',
};

/** The English message of a `not-text` issue. */
export function notTextMessage(kind: BinaryKind): string {
  const what = kind === 'binary' ? 'not a text file' : `${FILE_KIND_NAMES[kind]}, not text`;
  return `the file is ${what}: save it from the spreadsheet as "CSV UTF-8" (or JSON) and load that file`;
}
