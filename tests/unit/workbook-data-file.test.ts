// A data file handed to `.data` (a File from a file input, a Blob, an ArrayBuffer): read with the
// download's size limit, and named and typed by the File as a download is by its URL.
import { describe, expect, it } from 'vitest';
import { isDataFile, readDataFile } from '../../src/load/data-file.js';
import { formatOf } from '../../src/load/fetch.js';

describe('readDataFile', () => {
  it('takes a File, a Blob, an ArrayBuffer and a typed array, and not a data set object', () => {
    const bytes = new TextEncoder().encode('source,target\n');
    for (const file of [new File([bytes], 'a.csv'), new Blob([bytes]), bytes.buffer, bytes])
      expect(isDataFile(file)).toBe(true);
    expect(isDataFile({ links: [] })).toBe(false);
    expect(isDataFile(null)).toBe(false);
  });

  it("keeps a File's name and type, so its format is told as a download's is", async () => {
    const file = new File(['source;target\r\nRU-IRK;KR-47\r\n'], 'связи.csv', { type: 'text/csv;charset=utf-8' });
    const resource = await readDataFile(file);
    expect(resource).toMatchObject({ url: 'связи.csv', type: 'text/csv', text: 'source;target\r\nRU-IRK;KR-47\r\n' });
    expect(formatOf('', resource.url)).toBe('csv');
    expect(resource.bytes).toHaveLength(29);
  });

  it('reads a view of a larger buffer as its own bytes only', async () => {
    const buffer = new TextEncoder().encode('xx{"links":[]}yy');
    const resource = await readDataFile(buffer.subarray(2, 14));
    expect(resource.text).toBe('{"links":[]}');
  });

  it('refuses a file over the size limit before reading it, naming the file', async () => {
    const file = new File([new Uint8Array(2048)], 'big.xlsx');
    await expect(readDataFile(file, 1024)).rejects.toThrow(/^could not load big\.xlsx: .*0\.0 MB/);
  });
});
