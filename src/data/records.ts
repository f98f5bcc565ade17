// Checks every reader of untrusted input shares (data sets, region files), kept apart from the
// parsers so that a module needing them does not pull a parser in with them.

/** Keys that must never become properties of parsed objects (prototype pollution). */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
