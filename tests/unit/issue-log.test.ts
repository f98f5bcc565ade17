// The issue log of a validation and the paths it builds: JSON paths, and CSV rows and columns
// named as the file names them.
import { describe, expect, it } from 'vitest';
import { IssueLog, pathKey } from '../../src/data/validate/issue-log.js';

describe('IssueLog', () => {
  it('collects issues in the order they are reported', () => {
    const log = new IssueLog();
    log.report('error', 'self-link', 'links[0].target', 'a');
    log.report('warning', 'merged', 'links[1]', 'b');
    expect(log.issues).toEqual([
      { severity: 'error', code: 'self-link', path: 'links[0].target', message: 'a' },
      { severity: 'warning', code: 'merged', path: 'links[1]', message: 'b' },
    ]);
    expect(log.isCsv).toBe(false);
  });

  it('names a link and its fields by JSON path', () => {
    const log = new IssueLog();
    expect(log.linkPath(3)).toBe('links[3]');
    expect(log.linkPath(3, 'target')).toBe('links[3].target');
    expect(log.linkPath(3, 'sectors[1]')).toBe('links[3].sectors[1]');
    expect(log.missingEndPath(3, 'source')).toBe('links[3].source');
  });

  it("names a CSV row by the file's row number and a field by the column as the header writes it", () => {
    const log = new IssueLog({ rowNumbers: [2, 5], columnLabels: { target: 'Partner', sectors: 'Sectors' } });
    expect(log.isCsv).toBe(true);
    expect(log.linkPath(1)).toBe('row 5');
    expect(log.linkPath(1, 'target')).toBe('row 5, column "Partner"');
    expect(log.linkPath(0, 'sectors[2]')).toBe('row 2, column "Sectors"');
    expect(log.linkPath(0, 'since')).toBe('row 2, column "since"');
    // A row the numbers do not list is counted from the header.
    expect(log.linkPath(7)).toBe('row 9');
  });

  it('names a missing place end by the column it would be read from', () => {
    expect(new IssueLog({ rowNumbers: [2], columnLabels: { source: 'From' } }).missingEndPath(0, 'source')).toBe(
      'row 2, column "From"',
    );
    expect(
      new IssueLog({ rowNumbers: [2], columnLabels: { source_name: 'From name' } }).missingEndPath(0, 'source'),
    ).toBe('row 2, column "From name"');
    expect(new IssueLog({ rowNumbers: [2], columnLabels: { target: 'To' } }).missingEndPath(0, 'source')).toBe('row 2');
  });
});

describe('pathKey', () => {
  it('writes a plain key after a dot and any other in brackets, so the path reads back', () => {
    expect(pathKey('title', 'en')).toBe('title.en');
    expect(pathKey('title', 'zh-Hant')).toBe('title["zh-Hant"]');
    expect(pathKey('links[0].note', 'a "b"')).toBe('links[0].note["a \\"b\\""]');
  });
});
