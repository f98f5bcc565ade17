// Checks a parsed data set and resolves it into the model the map draws, one link a step, so the
// one-go and the sliced runs (slicer.ts) are the same code. The parts live in validate/: the
// issue log and its paths, the value readers, the sectors, the places and the relations.
import { Gazetteer } from './gazetteer.js';
import type { DataSet, Link } from './model.js';
import { isRecord } from './records.js';
import { runSteps, runStepsSync, type StepOptions } from './slicer.js';
import type { CooperationDataInput, DataIssue } from './types.js';
import { FieldReader } from './validate/field-readers.js';
import { IssueLog } from './validate/issue-log.js';
import { LinkProperties } from './validate/link-properties.js';
import { PlaceResolver } from './validate/place-resolver.js';
import { Relations } from './validate/relations.js';
import { SectorRegistry } from './validate/sector-registry.js';

export { SAME_PLACE_KM } from './validate/named-places.js';

export interface ValidateOptions {
  /** Places known without being declared: bundled regions and countries, features of `regions`. */
  gazetteer?: Gazetteer;
  /** For CSV: the file's row number of each link, so that issues say `row 12, column "target"`. */
  rowNumbers?: readonly number[];
  /** For CSV: the header as written for each field, so that issues name the user's own column. */
  columnLabels?: Readonly<Record<string, string>>;
}

/** The steps are the links: `onProgress` counts links checked, and `signal` stops between two of them. */
export interface AsyncValidateOptions extends ValidateOptions, StepOptions {}

export interface ValidateResult {
  dataset: DataSet;
  issues: DataIssue[];
}

/**
 * Checks a parsed data set and resolves it into the model the map draws. Never throws:
 * a bad row is reported and dropped, a bad value is reported and ignored, and everything
 * else is kept. Issues of severity `error` mean something was dropped or ignored.
 */
export function validateDataSet(input: CooperationDataInput, options: ValidateOptions = {}): ValidateResult {
  const validation = new Validation(input, options);
  runStepsSync(validation.count, validation.readLink);
  return validation.finish();
}

/** `validateDataSet`, handing the event loop back every few milliseconds so the page stays responsive. */
export async function validateDataSetAsync(
  input: CooperationDataInput,
  options: AsyncValidateOptions = {},
): Promise<ValidateResult> {
  const validation = new Validation(input, options);
  await runSteps(validation.count, validation.readLink, options);
  return validation.finish();
}

/** One validation: the declarations read at the start, then `readLink` for each link, then `finish`. */
class Validation {
  private readonly log: IssueLog;
  private readonly fields: FieldReader;
  private readonly sectors: SectorRegistry;
  private readonly places: PlaceResolver;
  private readonly relations: Relations;
  private readonly properties: LinkProperties;
  private readonly data: Record<string, unknown>;
  private readonly entries: unknown[];

  constructor(input: CooperationDataInput, options: ValidateOptions) {
    this.log = new IssueLog(options);
    this.fields = new FieldReader(this.log);
    this.sectors = new SectorRegistry(this.log, this.fields);
    this.places = new PlaceResolver(this.log, this.fields, options.gazetteer ?? new Gazetteer());
    this.relations = new Relations(this.log);
    this.properties = new LinkProperties(this.log);
    this.data = isRecord(input) ? (input as unknown as Record<string, unknown>) : {};
    this.entries = Array.isArray(this.data.links) ? this.data.links : [];
    this.sectors.declare(this.data.sectors);
    this.places.declare(this.data.places);
  }

  get count(): number {
    return this.entries.length;
  }

  readonly readLink = (index: number): void => {
    const entry = this.entries[index];
    const { log, fields } = this;
    if (!isRecord(entry)) {
      const message = 'expected an object with "source" and "target"; row dropped';
      log.report('error', 'wrong-type', log.linkPath(index), message);
      return;
    }
    // Read first, so that a dropped row still hears that its `targt` may be the `target` it lacks.
    const properties = this.properties.read(entry, index);
    const source = this.places.resolveEnd(entry, 'source', index);
    const target = this.places.resolveEnd(entry, 'target', index);
    if (!source || !target) return;
    if (source === target) {
      const message = `links "${source.id}" to itself; row dropped`;
      log.report('error', 'self-link', log.linkPath(index, 'target'), message, { value: source.id });
      return;
    }
    const since = fields.year(entry.since, index, 'since');
    const until = fields.year(entry.until, index, 'until');
    if (since !== null && until !== null && since > until) {
      const message = `"since" ${since} is after "until" ${until}; row dropped`;
      log.report('error', 'years-reversed', log.linkPath(index, 'until'), message, { since, until });
      return;
    }
    const link: Link = {
      id: fields.linkId(entry.id, index),
      index: -1,
      source: source.id,
      target: target.id,
      sourceIndex: source.index,
      targetIndex: target.index,
      type: fields.type(entry.type, index),
      status: fields.status(entry.status, index),
      since,
      until,
      sectors: this.sectors.linkSectors(entry.sectors, index),
      weight: fields.weight(entry.weight, index),
      title: entry.title === undefined ? null : fields.text(entry.title, () => log.linkPath(index, 'title')),
      activities: fields.activities(entry.activities, index, (id, path) => this.sectors.sectorFor(id, path).id),
      sources: fields.sources(entry, index),
      note: entry.note === undefined ? null : fields.text(entry.note, () => log.linkPath(index, 'note')),
      properties,
    };
    this.relations.add(link, index, source, target);
  };

  finish(): ValidateResult {
    const { links } = this.relations;
    const dataset: DataSet = {
      title: this.fields.text(this.data.title, () => 'title'),
      description: this.fields.text(this.data.description, () => 'description'),
      sectors: this.sectors.all,
      places: this.places.kept(links),
      links,
    };
    return { dataset, issues: this.log.issues };
  }
}
