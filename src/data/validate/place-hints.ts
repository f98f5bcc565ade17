// What an issue about an unknown place suggests instead: a known place of a similar code or
// name, or how to write a place the gazetteer cannot know.
import { COUNTRY_CODE, SUBDIVISION_CODE, namesOf, type Gazetteer, type KnownPlace } from '../gazetteer.js';
import type { IssueParams } from '../types.js';

interface Hinted {
  message: string;
  params: IssueParams;
}

export class PlaceHints {
  /** Messages by id and name: a file repeats an unknown place on many rows, and suggesting costs. */
  private readonly messages = new Map<string, Hinted>();

  constructor(private readonly gazetteer: Gazetteer) {}

  /** The message for a link end that names no known place; `declaredAt` when its declaration was left out. */
  unknownPlace(id: string, name: string | undefined, declaredAt: string | undefined): Hinted {
    const key = `${id}\u0000${name ?? ''}`;
    let hinted = this.messages.get(key);
    if (hinted === undefined) {
      const suggestions = declaredAt ? [] : this.suggestions(id, name);
      const suggestion = suggestions[0]?.id;
      hinted = {
        message: declaredAt
          ? `place "${id}" is declared at ${declaredAt}, but that declaration was left out (see the issue there); ` +
            'row dropped'
          : `unknown place "${id}"${this.hintFrom(suggestions, id)}`,
        params: { value: id, ...(suggestion ? { suggestion } : {}), ...(declaredAt ? { first: declaredAt } : {}) },
      };
      this.messages.set(key, hinted);
    }
    return hinted;
  }

  private suggestions(id: string, name: string | undefined): KnownPlace[] {
    const suggestions: KnownPlace[] = id ? this.gazetteer.suggest(id) : [];
    if (suggestions.length === 0 && name) suggestions.push(...this.gazetteer.suggest(name));
    return suggestions;
  }

  /** ` — did you mean "RU-IRK" (Irkutsk)?`, or how to give the place; `''` when there is nothing to say. */
  hint(id: string, name: string | undefined): string {
    return this.hintFrom(this.suggestions(id, name), id);
  }

  private hintFrom(suggestions: readonly KnownPlace[], id: string): string {
    if (suggestions.length > 0) {
      return ` — did you mean ${suggestions.map((s) => `"${s.id}" (${namesOf(s.name)[0] ?? s.id})`).join(' or ')}?`;
    }
    if (id && !SUBDIVISION_CODE.test(id) && !COUNTRY_CODE.test(id)) {
      return ' — use an ISO 3166-2 code such as "RU-IRK", or declare it in "places" with lon and lat';
    }
    return '';
  }
}
