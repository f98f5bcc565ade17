// The sectors of a data set: the built-in ones, those it declares, and those its links name
// without declaring them, each with a color and a label; the link's sectors read against them.
import type { Sector } from '../model.js';
import {
  BUILTIN_SECTOR_DEFAULTS,
  COLOR_PATTERN,
  EXTRA_SECTOR_PALETTE,
  UNSPECIFIED_SECTOR_DEFAULTS,
} from '../sectors.js';
import { BUILTIN_SECTORS, UNSPECIFIED_SECTOR, type LocalizedText } from '../types.js';
import type { FieldReader } from './field-readers.js';
import type { IssueLog, PathOf } from './issue-log.js';
import { NearWords } from './near-words.js';
import { normalWord } from './spreadsheet-values.js';

const SECTOR_SEPARATORS = /[;|,]/;

export class SectorRegistry {
  private readonly byId = new Map<string, Sector>();
  private readonly byLowerId = new Map<string, Sector>();
  /** Sectors by each of their labels, in any language: a spreadsheet may name "Культура" for `culture`. */
  private readonly byLabel = new Map<string, Sector>();
  /** Every sector but "unspecified", for the did-you-mean of an unknown one. */
  private readonly nearWords = new NearWords();
  /** Sectors that are not built in, so far: each takes the next color of the palette. */
  private extras = 0;

  constructor(
    private readonly log: IssueLog,
    private readonly fields: FieldReader,
  ) {
    for (const id of BUILTIN_SECTORS) {
      const defaults = BUILTIN_SECTOR_DEFAULTS[id]!;
      this.add(id, defaults.label, defaults.color, true);
    }
  }

  get all(): Sector[] {
    return [...this.byId.values()];
  }

  /** Reads the data set's `sectors`: new sectors, or a label and a color for a built-in one. */
  declare(value: unknown): void {
    this.fields.eachEntry(value, 'sectors', 'sector', (entry, id, path) => {
      const existing = this.byId.get(id);
      let color = existing?.color;
      if (entry.color !== undefined) {
        if (typeof entry.color === 'string' && COLOR_PATTERN.test(entry.color)) color = entry.color.toLowerCase();
        else {
          const message = `"${String(entry.color)}" is not a color like "#7a5195"; a color was chosen instead`;
          this.log.report('warning', 'bad-color', `${path}.color`, message);
        }
      }
      const label = this.fields.text(entry.label, () => `${path}.label`) ?? existing?.label ?? id;
      if (existing) {
        existing.label = label;
        this.indexLabel(existing);
        if (color) existing.color = color;
      } else {
        this.add(id, label, color, false);
      }
    });
  }

  /** The sector an id means: ids compare without case, so "Culture" in a spreadsheet is `culture`. */
  sectorFor(id: string, path: PathOf): Sector {
    const known = this.byId.get(id) ?? this.byLowerId.get(id.toLowerCase());
    if (known) return known;
    const labelled = this.byLabel.get(normalWord(id));
    if (labelled) {
      const message = `sector "${id}" read as "${labelled.id}", the sector of that label`;
      this.log.report('warning', 'read-as', path(), message, { field: 'sectors', value: id, read: labelled.id });
      return labelled;
    }
    if (id === UNSPECIFIED_SECTOR) {
      return this.add(UNSPECIFIED_SECTOR, UNSPECIFIED_SECTOR_DEFAULTS.label, UNSPECIFIED_SECTOR_DEFAULTS.color, true);
    }
    const near = this.nearWords.closest(id);
    if (near) {
      const message = `sector "${id}" is not declared — did you mean "${near}"? It is shown as a sector of its own`;
      this.log.report('warning', 'unknown-sector', path(), message, { value: id, suggestion: near });
    } else if (!this.log.isCsv) {
      // A CSV file cannot declare sectors, so a new word there is a new sector, not a mistake.
      const message =
        `sector "${id}" is not declared in "sectors"; ` + 'it is shown with an automatic color and its id as label';
      this.log.report('warning', 'unknown-sector', path(), message, { value: id });
    }
    return this.add(id, id, undefined, false);
  }

  /** The ids of a link's sectors, each once; "unspecified" when it names none. */
  linkSectors(value: unknown, index: number): string[] {
    let list: unknown[] = [];
    if (typeof value === 'string') {
      const words = value.split(SECTOR_SEPARATORS);
      list = words;
      // One cell holds the list in CSV; in JSON a list is an array.
      if (!this.log.isCsv) {
        const read = JSON.stringify(words.map((s) => s.trim()).filter(Boolean));
        const message = `"sectors" is text; read as the list ${read}`;
        this.log.report('warning', 'wrong-type', this.log.linkPath(index, 'sectors'), message);
      }
    } else if (Array.isArray(value)) list = value;
    else if (value !== undefined && value !== null) {
      const message = 'expected a list of sector ids; ignored';
      this.log.report('warning', 'wrong-type', this.log.linkPath(index, 'sectors'), message);
    }
    const ids: string[] = [];
    list.forEach((item, i) => {
      if (typeof item !== 'string') {
        const message = `sector ${JSON.stringify(item)} is not a text id; ignored`;
        this.log.report('warning', 'wrong-type', this.log.linkPath(index, `sectors[${i}]`), message);
        return;
      }
      const id = item.trim();
      if (!id) return;
      const field = typeof value === 'string' ? 'sectors' : `sectors[${i}]`;
      const sector = this.sectorFor(id, () => this.log.linkPath(index, field));
      if (!ids.includes(sector.id)) ids.push(sector.id);
    });
    if (ids.length === 0) ids.push(this.sectorFor(UNSPECIFIED_SECTOR, () => '').id);
    return ids;
  }

  private add(id: string, label: LocalizedText, color: string | undefined, builtin: boolean): Sector {
    const sector: Sector = {
      id,
      index: this.byId.size,
      label,
      color: color ?? EXTRA_SECTOR_PALETTE[this.extras % EXTRA_SECTOR_PALETTE.length]!,
      builtin,
    };
    if (!builtin) this.extras++;
    this.byId.set(id, sector);
    if (!this.byLowerId.has(id.toLowerCase())) this.byLowerId.set(id.toLowerCase(), sector);
    if (id !== UNSPECIFIED_SECTOR) this.nearWords.add(id);
    this.indexLabel(sector);
    return sector;
  }

  private indexLabel(sector: Sector): void {
    const labels = typeof sector.label === 'string' ? [sector.label] : Object.values(sector.label);
    for (const label of labels) {
      const key = normalWord(label);
      if (key && !this.byLabel.has(key) && !this.byLowerId.has(key)) this.byLabel.set(key, sector);
    }
  }
}
