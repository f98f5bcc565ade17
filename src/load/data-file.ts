// A data file that the page hands to the element itself (`.data` set to a File the user chose, a
// Blob or an ArrayBuffer) rather than a URL: read as a download is, with the same size limit,
// then by its name and type as a download is by its URL and media type.
import { MAX_DATA_BYTES, tooLargeIssue } from '../data/limits.js';
import { decodeText, type Resource } from './fetch.js';

/** The forms of a data file that `.data` takes besides a data set object. */
export type DataFile = Blob | ArrayBuffer | ArrayBufferView;

/** Whether `.data` holds a file (bytes) rather than a data set object. */
export function isDataFile(value: unknown): value is DataFile {
  return (
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) || (typeof Blob !== 'undefined' && value instanceof Blob)
  );
}

/** The file read into a Resource; rejects with a message that names the file when it is over the size limit. */
export async function readDataFile(file: DataFile, maxBytes = MAX_DATA_BYTES): Promise<Resource> {
  const name = typeof File !== 'undefined' && file instanceof File ? file.name : '';
  const size = file instanceof Blob ? file.size : file.byteLength;
  if (size > maxBytes)
    throw new Error(`could not load ${name || 'the file'}: ${tooLargeIssue(size, maxBytes).message}`);
  const bytes =
    file instanceof Blob
      ? new Uint8Array(await file.arrayBuffer())
      : file instanceof ArrayBuffer
        ? new Uint8Array(file)
        : new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const type = file instanceof Blob ? file.type.split(';')[0]!.trim().toLowerCase() : '';
  return { url: name, type, text: decodeText(bytes), bytes };
}
