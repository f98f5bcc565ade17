// CSV in the element: a spreadsheet export with a column mapping, problems reported by row and
// column, and text from the file shown as text, never as markup.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, nextEvent } from './helpers.js';

afterEach(cleanup);

function csvUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
}

describe('<coop-map> with CSV', () => {
  it('reads a semicolon, BOM, decimal-comma CSV via the columns attribute; bad rows by row and column', async () => {
    const csv =
      '\uFEFFFrom;Partner;City;Lon;Lat;Year\r\n' +
      'RU-IRK;KR-47;;;;1996\r\n' +
      'RU-SVE;;Pohang;129,36;36,02;2010\r\n' +
      'RU-IRK;KR-4777;;;;2001\r\n';
    const element = mount({
      src: csvUrl(csv),
      columns: 'From:source, Partner:target, City:target_name, Lon:target_lon, Lat:target_lat, Year:since',
    });
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail.links).toBe(2);
    expect(loaded.detail.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unknown-place', path: 'row 4, column "Partner"' }),
    ]);
    expect(element.visibleLinks.sort()).toEqual(['RU-IRK~KR-47', 'RU-SVE~Pohang']);
  });

  it('shows names and sectors from the file as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__coopPwned=1">';
    const csv =
      'source,target_name,target_lon,target_lat,sectors,title\n' +
      `RU-IRK,"${hostile.replaceAll('"', '""')}",129.36,36.02,"<b>bold</b>","${hostile.replaceAll('"', '""')}"\n`;
    const element = mount({ src: csvUrl(csv) });
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail.links).toBe(1);
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('img, b, [onerror]')).toBeNull();
    expect(root.textContent).toContain('<b>bold</b>');
    expect((window as { __coopPwned?: number }).__coopPwned).toBeUndefined();
  });

  it('says that a page opened from disk must be served, and how, in coop-error and on the page', async () => {
    const element = mount({ src: 'file:///home/officer/cooperation.csv' });
    const failed = await nextEvent(element, 'coop-error');
    expect(failed.detail.message).toMatch(/^this page is opened from disk \(file:\/\/\).*run `npx serve`/);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="notice"][role="alert"]')!.textContent).toContain('npx serve');
  });

  it('fires coop-error with the reason when the file has no usable columns', async () => {
    const element = mount({ src: csvUrl('from,to\nRU-IRK,KR-47\n') });
    const failed = await nextEvent(element, 'coop-error');
    expect(failed.detail.message).toBe(
      'no "source" column (the header has: "from", "to"); rename it or give a column mapping',
    );
    expect(failed.detail.issues).toEqual([expect.objectContaining({ code: 'missing-field', path: 'row 1' })]);
  });
});
