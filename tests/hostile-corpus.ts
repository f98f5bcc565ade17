// Hostile data: every text a data set can carry, filled with what must stay inert wherever it is
// shown, printed or exported: markup and script, script URLs, bidirectional overrides,
// zero-width characters, terminal escapes, spreadsheet formulas and reserved keys. The command
// line's, the exports' and the element's tests all read this one corpus.
//
// A payload that runs sets `globalThis[HOSTILE_FLAG]`: a test that shows the corpus checks that
// it is still undefined afterwards.

/** The global a payload sets when it runs. */
export const HOSTILE_FLAG = '__coopMapHostileRan';

const RUN = `globalThis.${HOSTILE_FLAG}=1`;

/** Each kind of hostile text, by name. */
export const HOSTILE_TEXTS = {
  script: `<script>${RUN}</script>`,
  image: `<img src=x onerror="${RUN}">`,
  svg: `<svg onload="${RUN}"></svg>`,
  attribute: `" onmouseover="${RUN}" x="`,
  javascriptUrl: `javascript:${RUN}`,
  dataUrl: `data:text/html,<script>${RUN}</script>`,
  /** RIGHT-TO-LEFT OVERRIDE: what follows reads backwards, and so may what is drawn after it. */
  bidiOverride: 'Irkutsk \u202Eksturki',
  bidiIsolate: 'Gyeongbuk \u2067\u05E9\u05DC\u05D5\u05DD',
  zeroWidth: 'Ir\u200Bkut\u200Csk\u200D\u2060\uFEFF',
  /** Clear the screen, cursor home. */
  terminalClear: '\u001B[2J\u001B[H',
  /** Set the window title (OSC 0, ended by BEL). */
  terminalTitle: '\u001B]0;owned\u0007',
  /** A C1 control (CSI) that some terminals act on as ESC [. */
  terminalC1: '\u009B31mred\u009B0m',
  /** A line break and a line that passes for the command's own summary. */
  fakeSummary: 'x\n0 errors, 0 warnings\r\n',
  formulaEquals: "=cmd|' /C calc'!A0",
  formulaPlus: '+HYPERLINK("https://example.org/","x")',
  formulaMinus: "-2+3+cmd|' /C calc'!A0",
  formulaAt: "@SUM(1+1)*cmd|' /C calc'!A0",
  formulaTab: '\t=1+1',
  /** A formula after the separator a spreadsheet in some languages splits on. */
  formulaAfterSemicolon: "culture;=cmd|' /C calc'!A0",
  reservedKey: '__proto__',
} as const;

/** A formula without the separators a sectors cell is split on, for sector ids. */
export const HOSTILE_SECTOR = '=HYPERLINK("https://example.org/")';

export type HostileKind = keyof typeof HOSTILE_TEXTS;

/** Every hostile text, in one list. */
export const HOSTILE_VALUES: readonly string[] = Object.values(HOSTILE_TEXTS);

/** The characters of the corpus that must never reach a terminal as they are. */
// eslint-disable-next-line no-control-regex
export const TERMINAL_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F]/;

/** Formula starts: a spreadsheet cell starting with one of these is run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Two places of the bundled geodata, so the hostile links have something real at one end. */
const REAL = ['RU-IRK', 'KR-47'] as const;

/** A place id for each hostile text: declared places, so links to them are kept and drawn. */
const placeId = (kind: HostileKind) => `${HOSTILE_TEXTS[kind]}#${kind}`;

/**
 * A data set (JSON-ready) with a hostile text in every text field the format has: its title and
 * description, sector ids and labels, place ids, names and kinds, and each link's id, type,
 * sectors, title, note, activities, sources and an extra property; one link per kind of text.
 * Places are declared with coordinates, so every link is kept; one sector and one place are
 * left undeclared, so that the messages about them quote hostile text too.
 */
export function hostileDataSet(): Record<string, unknown> {
  const kinds = Object.keys(HOSTILE_TEXTS) as HostileKind[];
  return {
    title: { en: HOSTILE_TEXTS.script, ru: HOSTILE_TEXTS.bidiOverride },
    description: HOSTILE_TEXTS.terminalClear + HOSTILE_TEXTS.image,
    sectors: kinds.map((kind, i) => ({
      id: `${HOSTILE_TEXTS[kind]}|${i}`.replace(/[;|,]/g, '_'),
      label: { en: HOSTILE_TEXTS[kind], ko: HOSTILE_TEXTS.zeroWidth },
      color: i % 2 ? HOSTILE_TEXTS.attribute : '#123456',
    })),
    places: kinds.map((kind, i) => ({
      id: placeId(kind),
      name: { en: HOSTILE_TEXTS[kind], ru: HOSTILE_TEXTS.bidiIsolate },
      kind: HOSTILE_TEXTS[kinds[(i + 1) % kinds.length]!],
      lon: -170 + i * 15,
      lat: -60 + i * 5,
    })),
    links: [
      ...kinds.map((kind, i) => ({
        id: HOSTILE_TEXTS[kind],
        source: i % 2 ? placeId(kind) : REAL[0],
        target: i % 2 ? REAL[1] : placeId(kind),
        type: HOSTILE_TEXTS[kinds[(i + 2) % kinds.length]!],
        sectors: [`${HOSTILE_TEXTS[kind]}|${i}`.replace(/[;|,]/g, '_'), HOSTILE_SECTOR],
        since: 2000 + i,
        title: { en: HOSTILE_TEXTS[kind], ru: HOSTILE_TEXTS.terminalTitle },
        note: HOSTILE_TEXTS[kinds[(i + 3) % kinds.length]!],
        activities: [{ year: 2010, title: HOSTILE_TEXTS[kind], url: HOSTILE_TEXTS.javascriptUrl }],
        sources: [
          { title: HOSTILE_TEXTS[kind], url: HOSTILE_TEXTS.dataUrl, authors: HOSTILE_TEXTS.svg },
          { title: 'ok', url: 'https://example.org/?q=%3Cscript%3E' },
        ],
        [HOSTILE_TEXTS[kind]]: HOSTILE_TEXTS[kind],
      })),
      // An undeclared place and an undeclared sector, quoted by the validator's messages.
      { source: REAL[0], target: HOSTILE_TEXTS.terminalTitle + HOSTILE_TEXTS.fakeSummary },
      { source: REAL[0], target: REAL[1], sectors: [HOSTILE_TEXTS.terminalClear + HOSTILE_TEXTS.terminalC1] },
    ],
  };
}

/** `__proto__`, `constructor` and `prototype` keys, which JSON text can hold and object literals cannot. */
const RESERVED_PAYLOAD =
  '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}';

/**
 * The hostile data set as JSON text, with reserved keys at the top, in a place, in a sector and
 * in a link: each must be dropped, and none may reach a prototype.
 */
export function hostileJson(): string {
  const text = JSON.stringify(hostileDataSet(), null, 1);
  return text
    .replace(/^\{/, `{${RESERVED_PAYLOAD},`)
    .replace('"places": [\n  {', `"places": [\n  {${RESERVED_PAYLOAD},`)
    .replace('"sectors": [\n  {', `"sectors": [\n  {${RESERVED_PAYLOAD},`)
    .replace('"links": [\n  {', `"links": [\n  {${RESERVED_PAYLOAD},`);
}

/** Quotes a CSV cell as spreadsheets write it. */
const cell = (value: string) => `"${value.replaceAll('"', '""')}"`;

/**
 * The hostile texts as a CSV file: a hostile column name (kept as a property), then one row per
 * kind of text in every documented text column, each link between a real region and a place
 * given by name and coordinates.
 */
export function hostileCsv(): string {
  const header = ['id', 'source', 'target_name', 'target_lon', 'target_lat', 'type', 'sectors', 'title', 'note'];
  const rows = (Object.keys(HOSTILE_TEXTS) as HostileKind[]).map((kind, i) => {
    const text = HOSTILE_TEXTS[kind];
    return [`${text}#${i}`, REAL[i % 2]!, text, String(-170 + i * 15), String(-60 + i * 5), text, text, text, text];
  });
  // A place id that is not known and a new sector, which the validator's messages quote.
  const unknown = HOSTILE_TEXTS.terminalTitle + HOSTILE_TEXTS.fakeSummary;
  rows.push(['unknown', unknown, 'x', '0', '0', '', HOSTILE_TEXTS.terminalClear + HOSTILE_TEXTS.terminalC1, '', '']);
  const extra = [HOSTILE_TEXTS.script, HOSTILE_TEXTS.terminalTitle, HOSTILE_TEXTS.reservedKey];
  return [
    [...header, ...extra].map(cell).join(','),
    ...rows.map((row, i) =>
      [...row, ...extra.map(() => HOSTILE_VALUES[i % HOSTILE_VALUES.length]!)].map(cell).join(','),
    ),
  ].join('\r\n');
}
