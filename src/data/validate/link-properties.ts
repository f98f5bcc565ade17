// A link's own fields, which the format keeps without reading them: those under `properties`,
// and, from data written before `properties` existed, any other field the format does not name.
// Such a field is kept too, but it may as well be a typo (`sinc` for `since`) that would
// otherwise vanish in silence, so JSON gets a warning with the field it may have meant. A CSV
// file's other columns come under `properties` from the reader, which warns about their header.
import { LINK_FIELD_NAMES } from '../columns.js';
import { isRecord, isUnsafeKey } from '../records.js';
import type { IssueLog } from './issue-log.js';
import { pathKey } from './issue-log.js';
import { NearWords } from './near-words.js';

const FIELD_WORDS = new NearWords(LINK_FIELD_NAMES);

export class LinkProperties {
  /** Unknown fields already reported: each name once, at the first link that has it, as a CSV header is. */
  private readonly reported = new Set<string>();

  constructor(private readonly log: IssueLog) {}

  /** `Link.properties` of an entry: its `properties`, then its other unknown fields (reported). */
  read(entry: Record<string, unknown>, index: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const declared = entry.properties;
    if (isRecord(declared)) {
      for (const key in declared) if (Object.hasOwn(declared, key) && !isUnsafeKey(key)) out[key] = declared[key];
    } else if (declared !== undefined) {
      const message = '"properties" must be an object of the link\'s own fields; it is ignored';
      this.log.report('warning', 'wrong-type', this.log.linkPath(index, 'properties'), message, {
        field: 'properties',
      });
    }
    for (const key in entry) {
      if (!Object.hasOwn(entry, key) || LINK_FIELD_NAMES.has(key) || isUnsafeKey(key)) continue;
      // A field under `properties` of the same name is the one meant.
      if (!Object.hasOwn(out, key)) out[key] = entry[key];
      this.reportUnknown(key, index);
    }
    return out;
  }

  private reportUnknown(key: string, index: number): void {
    // CSV columns were reported with the header; a reader that leaves them at the top is old, not wrong.
    if (this.log.isCsv || this.reported.has(key)) return;
    this.reported.add(key);
    const suggestion = FIELD_WORDS.closest(key);
    const kept = 'its value is kept in "properties", where a data set\'s own fields belong';
    const message = suggestion
      ? `"${key}" is not a field of a link — did you mean "${suggestion}"? Until then ${kept}`
      : `"${key}" is not a field of a link; ${kept}`;
    const params: Record<string, string> = suggestion ? { value: key, suggestion } : { value: key };
    this.log.report('warning', 'unknown-field', pathKey(this.log.linkPath(index), key), message, params);
  }
}
