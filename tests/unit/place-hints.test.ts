// What an issue about an unknown place suggests: a known place by code or by name, or how to
// give a place the gazetteer cannot know.
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/data/gazetteer.js';
import { PlaceHints } from '../../src/data/validate/place-hints.js';

const gazetteer = new Gazetteer().add([
  {
    id: 'RU-IRK',
    name: { en: 'Irkutsk', ru: 'Иркутская область' },
    lon: 104.3,
    lat: 57.5,
    kind: 'region',
    shape: 'admin1',
  },
  { id: 'KR-47', name: { en: 'Gyeongsangbuk-do' }, lon: 128.7, lat: 36.3, kind: 'region', shape: 'admin1' },
]);

describe('PlaceHints', () => {
  const hints = new PlaceHints(gazetteer);

  it('suggests a known place for a mistyped code, or for the name given beside it', () => {
    expect(hints.hint('RU-IRKK', undefined)).toBe(' — did you mean "RU-IRK" (Irkutsk)?');
    expect(hints.hint('', 'Иркутская область')).toBe(' — did you mean "RU-IRK" (Irkutsk)?');
  });

  it('says how to give a place that is not shaped like a code, and nothing for a code it cannot place', () => {
    expect(hints.hint('Town hall', undefined)).toBe(
      ' — use an ISO 3166-2 code such as "RU-IRK", or declare it in "places" with lon and lat',
    );
    expect(hints.hint('ZZ-9', undefined)).toBe('');
  });

  it('words the unknown-place message, pointing to a declaration that was left out', () => {
    expect(hints.unknownPlace('RU-IRKK', undefined, undefined)).toEqual({
      message: 'unknown place "RU-IRKK" — did you mean "RU-IRK" (Irkutsk)?',
      params: { value: 'RU-IRKK', suggestion: 'RU-IRK' },
    });
    expect(hints.unknownPlace('FAR', undefined, 'places[0]').message).toBe(
      'place "FAR" is declared at places[0], but that declaration was left out (see the issue there); ' + 'row dropped',
    );
  });
});
