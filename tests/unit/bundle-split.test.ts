// What the element downloads up front: the CSV reader and Papa Parse only when a data set is
// CSV. The split rests on the package's "sideEffects" declaration and on parse.ts re-exporting
// without code of its own; this fails if either stops holding, before the size does unnoticed.
import { describe, expect, it } from 'vitest';
import { bundleComponent, type BundledFile } from '../../scripts/component-bundle.mjs';

const modulesOf = (files: BundledFile[]) => files.flatMap((file) => Object.keys(file.modules));
const BUILD_TIMEOUT_MS = 120_000;

describe('the component bundle', () => {
  it(
    'loads the CSV reader and Papa Parse on demand only, and reads JSON with what it loads up front',
    async () => {
      const { upFront, lazy } = await bundleComponent({ external: ['maplibre-gl'] });
      const first = modulesOf(upFront);
      expect(first.filter((id) => /papaparse|parse-csv/.test(id))).toEqual([]);
      expect(first.some((id) => id.endsWith('src/data/parse-text.ts'))).toBe(true);
      expect(first.some((id) => id.endsWith('src/data/validate.ts'))).toBe(true);
      const later = modulesOf(lazy);
      expect(later.some((id) => id.endsWith('src/data/parse-csv.ts'))).toBe(true);
      expect(later.some((id) => id.includes('node_modules/papaparse/'))).toBe(true);
    },
    BUILD_TIMEOUT_MS,
  );
});
