// Reads an issue's path back against the input it came from, to check that it names something
// that is there: `links[3].sectors[1]`, `title["zh-Hant"]` in JSON; `row 12, column "x"` in CSV.

type Step = string | number;

const STEP = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The steps of a JSON path, or `null` when it is not one this project writes. */
export function jsonPathSteps(path: string): Step[] | null {
  const steps: Step[] = [];
  let rest = path;
  while (rest) {
    const match = STEP.exec(rest);
    if (!match) return null;
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(JSON.parse(match[3]!) as string);
    rest = rest.slice(match[0].length);
  }
  return steps;
}

function step(value: unknown, key: Step): { found: boolean; value: unknown } {
  if (typeof key === 'number') {
    return Array.isArray(value) && key < value.length
      ? { found: true, value: value[key] }
      : { found: false, value: undefined };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)) {
    return { found: true, value: (value as Record<string, unknown>)[key] };
  }
  return { found: false, value: undefined };
}

/**
 * Whether a JSON path names a value of `root`. A `missing` issue may name a field that is
 * absent, as long as the object it belongs to is there.
 */
export function jsonPathExists(root: unknown, path: string, missing = false): boolean {
  const steps = jsonPathSteps(path);
  if (!steps) return false;
  let value = root;
  for (const [i, key] of steps.entries()) {
    const next = step(value, key);
    if (!next.found)
      return (
        missing && i === steps.length - 1 && typeof value === 'object' && value !== null && typeof key === 'string'
      );
    value = next.value;
  }
  return true;
}

const CSV_PATH = /^row (\d+)(?:, column "((?:[^"]|"(?!$))*)")?$/;

/**
 * Whether a CSV path names a row of the file (records counted from 1, the header included,
 * blank ones too) and, when it names a column, a column of the header as written. The empty
 * path names the whole file.
 */
export function csvPathExists(records: readonly (readonly string[])[], path: string): boolean {
  if (path === '') return true;
  const match = CSV_PATH.exec(path);
  if (!match) return false;
  const row = Number(match[1]);
  if (row < 1 || row > records.length) return false;
  if (match[2] === undefined) return true;
  const header = records.find((cells) => cells.some((cell) => cell.trim() !== ''));
  return header !== undefined && header.some((cell) => cell.trim() === match[2]);
}
