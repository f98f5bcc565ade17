import { FILE_KIND_NAMES } from '../data/file-kind.js';
import { param as v, type ProblemTexts } from './problem-texts.js';
import { englishCount } from './strings.js';

const q = (text: string) => `“${text}”`;
const didYouMean = (s: string) => `Did you mean ${q(s)}? Write it so.`;

export const texts: ProblemTexts = {
  rowsNotShown: (dropped, total) => `${dropped} of ${total} rows not shown`,
  linksNotShown: (dropped, total) => `${dropped} of ${total} links not shown`,
  valuesToCheck: (count) => `All rows shown; ${englishCount(count, 'value')} to check`,
  heading: 'Problems in the data',
  leftOut: 'Left out',
  toCheck: 'Check',
  row: (row) => `Row ${row}`,
  rowColumn: (row, column) => `Row ${row}, column ${q(column)}`,
  link: (link, field) => (field ? `Link ${link}, ${q(field)}` : `Link ${link}`),
  wholeFile: 'The whole file',
  quote: q,
  whatToDo: 'What to do:',
  more: (count) => `and ${count} more (the full list is in the coop-load event and the command line)`,
  fileKinds: FILE_KIND_NAMES,
  what: {
    unreadable: () => 'The file could not be read.',
    'too-large': () => 'The file is too large to be shown.',
    encoding: () => 'Some letters are not saved as UTF-8 and show as “�”.',
    'csv-syntax': () => 'A quotation mark is out of place in this row.',
    'column-mapping': () => 'The column names given to the map do not match the file.',
    'column-ignored': () => 'This column is not used.',
    'extra-cells': () => 'This row has more cells than the first row has column names; the extra cells are not used.',
    'missing-field': (p) => (v(p, 'field') ? `The ${q(v(p, 'field'))} is empty.` : 'A needed value is empty.'),
    'wrong-type': () => 'This value is of the wrong kind and was not used.',
    'unknown-place': (p) => `The place ${q(v(p, 'value'))} is not known, so the row is not shown.`,
    'unknown-sector': (p) => `The sector ${q(v(p, 'value'))} is not in the list; it is shown as a sector of its own.`,
    'unknown-status': (p) => `The status ${q(v(p, 'value'))} is not known; the link is shown as ${q(v(p, 'read'))}.`,
    'not-a-number': (p) => `${q(v(p, 'value'))} is not a number; it was not used.`,
    'number-as-text': (p) => `The number ${q(v(p, 'value'))} is written as text; it was read as a number.`,
    'not-a-year': (p) => `${q(v(p, 'value'))} is not a year; it was not used.`,
    'years-reversed': (p) => `The start year ${v(p, 'since')} is after the end year ${v(p, 'until')}.`,
    'out-of-range': () => 'This number is out of range and was not used.',
    'bad-color': () => 'This is not a color; another color was chosen.',
    'unsafe-url': () => 'This address is not a web address (http or https), so it is not shown as a link.',
    'duplicate-id': (p) => `The id ${q(v(p, 'value'))} is used twice; this link is kept as ${q(v(p, 'read'))}.`,
    'duplicate-place': () => 'This place is listed twice; the first one is used.',
    'self-link': (p) => `The link goes from ${q(v(p, 'value'))} to the same place.`,
    merged: (p) => `The same partners as in ${v(p, 'first')}: the rows are shown as one link.`,
    'same-name-other-place': () => 'Two places of the same name lie far apart; they are shown as two places.',
    'place-moved': () => 'The same place is given with other coordinates; the first ones are used.',
    'region-file': () => 'The file of region shapes has a problem.',
    'read-as': (p) => `${q(v(p, 'value'))} was read as ${q(v(p, 'read'))}.`,
    'column-near': (p) => `The column ${q(v(p, 'value'))} is not one the map knows; its values are kept but not drawn.`,
    'not-text': (p) => `The file is ${texts.fileKinds[v(p, 'read') as 'binary'] ?? texts.fileKinds.binary}.`,
    // Unknown fields of a JSON link.
    'unknown-field': (p) =>
      `The field ${q(v(p, 'value'))} is not one the map knows; its values are kept but not drawn.`,
    // Excel workbooks
    'no-sheet': (p) => `The workbook has no sheet ${q(v(p, 'value'))}; its sheets are: ${v(p, 'read')}.`,
  },
  todo: {
    unreadable: () => 'Save it as CSV (UTF-8) or JSON and open it again.',
    'too-large': () => 'Split it into smaller files, or ask the page’s author to raise the limit.',
    encoding: () => 'In Excel choose File → Save as → “CSV UTF-8”.',
    'csv-syntax': () => 'A value that contains quotation marks must be in quotes, with each inner quote doubled.',
    'column-mapping': () => 'Check the column names in the page’s “columns” setting.',
    'column-ignored': () => 'Give the column a name in the first row, or remove it.',
    'extra-cells': () => 'Put a value that contains the separator (; or ,) in quotation marks.',
    'missing-field': () => 'Fill it in: each row needs a source and a target.',
    'wrong-type': () => 'Check what is written here.',
    'unknown-place': (p) =>
      v(p, 'suggestion')
        ? didYouMean(v(p, 'suggestion'))
        : 'Write its code (such as RU-IRK, KR-47 or KZ) or its name as in the map, or give its longitude and latitude.',
    'unknown-sector': (p) => (v(p, 'suggestion') ? didYouMean(v(p, 'suggestion')) : 'If it is a typo, correct it.'),
    'unknown-status': (p) =>
      v(p, 'suggestion') ? didYouMean(v(p, 'suggestion')) : 'Write active, planned, suspended or ended.',
    'not-a-number': () => 'Write a number, such as 12 or 3.5.',
    'number-as-text': () => 'Nothing, unless the number is wrong.',
    'not-a-year': () => 'Write the year with four digits, such as 2012.',
    'years-reversed': () => 'Swap the two years, or correct one of them.',
    'out-of-range': () => 'Longitude goes from −180 to 180, latitude from −90 to 90, a weight is 0 or more.',
    'bad-color': () => 'Write a color like #7a5195.',
    'unsafe-url': () => 'Write an address that starts with https://.',
    'duplicate-id': () => 'Give each row its own id.',
    'duplicate-place': () => 'Remove one of the two.',
    'self-link': () => 'Check the source and the target of this row.',
    merged: () => 'Nothing, unless they are two different links: then give them different types.',
    'same-name-other-place': () => 'Check the coordinates if they are meant to be one place.',
    'place-moved': () => 'Check the coordinates.',
    'region-file': () => 'Check the file of region shapes the page gives.',
    'read-as': (p) => `Check that this is right. Writing ${q(v(p, 'read'))} makes this note go away.`,
    'column-near': (p) =>
      v(p, 'suggestion') ? `Did you mean ${q(v(p, 'suggestion'))}? Rename the column.` : 'Rename the column.',
    'not-text': () => 'In the spreadsheet choose File → Save as → “CSV UTF-8”, and open that file.',
    // Unknown fields of a JSON link.
    'unknown-field': (p) =>
      v(p, 'suggestion')
        ? didYouMean(v(p, 'suggestion'))
        : `If it is a field of your own, put it in the link’s ${q('properties')}.`,
    // Excel workbooks
    'no-sheet': () =>
      'Write the name of one of these sheets in the page’s “sheet” setting, or leave it out to use the first sheet.',
  },
};
