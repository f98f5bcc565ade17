// `<coop-map>` written directly in TSX, typed by `coop-map/jsx` (type-checked by apps.test.ts,
// not built): attributes and properties are known, a misspelt one is an error.
import type {} from 'coop-map/jsx';
import type { CoopMap } from 'coop-map';
import type { CooperationDataInput } from 'coop-map';

export function Map({ data }: { data: CooperationDataInput }) {
  return (
    <coop-map
      data={data}
      sectors="culture education"
      no-legend
      projection="globe"
      ref={(element: CoopMap | null) => void element?.whenIdle()}
      oncoop-load={(event) => console.log(event.detail.links)}
    />
  );
}

// @ts-expect-error: not an attribute of the element
export const misspelt = <coop-map sectros="culture" />;
// @ts-expect-error: not one of its projections
export const wrong = <coop-map projection="albers" />;
