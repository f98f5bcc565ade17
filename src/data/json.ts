// JSON from files coop-map does not control (data sets, region files): parsed with the reserved
// keys dropped and the nesting limited, in one walk over the parsed value with a stack of its own,
// so that neither the walk nor the code reading the value later runs out of call stack.
import { MAX_JSON_DEPTH, tooDeepMessage } from './limits.js';
import { isUnsafeKey } from './records.js';

export type JsonRead = { value: unknown; error: null } | { value: undefined; error: string };

/**
 * Parses JSON text. Never throws: text that is not JSON, or that nests arrays and objects more
 * than `limit` levels deep, comes back with an error that says so. `__proto__`, `constructor`
 * and `prototype` keys are dropped wherever they are.
 */
export function readJson(text: string, limit = MAX_JSON_DEPTH): JsonRead {
  let value: unknown;
  try {
    // Without a reviver: V8 parses any depth, while a reviver recurses (and is several times slower).
    value = JSON.parse(text);
  } catch (error) {
    // Engines whose parser recurses give up on deep nesting with a RangeError.
    if (error instanceof RangeError) return { value: undefined, error: tooDeepMessage(limit) };
    return { value: undefined, error: `not valid JSON: ${(error as Error).message}` };
  }
  return nestsTooDeep(value, limit, true) ? { value: undefined, error: tooDeepMessage(limit) } : { value, error: null };
}

/**
 * Whether arrays and objects in `value` nest more than `limit` levels deep (a value that holds
 * itself counts as too deep). With `dropUnsafeKeys`, reserved keys are deleted on the way.
 */
export function nestsTooDeep(value: unknown, limit = MAX_JSON_DEPTH, dropUnsafeKeys = false): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: object[] = [value];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) {
        if (typeof item === 'object' && item !== null) {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (dropUnsafeKeys && isUnsafeKey(key)) {
        delete record[key];
        continue;
      }
      const item = record[key];
      if (typeof item === 'object' && item !== null) {
        stack.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
