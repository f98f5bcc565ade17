// The element's attributes as form controls: each control is named by its attribute, and
// changing it sets (or removes) that attribute on the element. The element reflects what its
// reader chooses (sectors, years) back to its attributes; the controls follow them.
import { html, nothing, render } from 'lit';
import { CoopMap } from '../../src/index.js';

interface Choice {
  name: string;
  label: string;
  options?: readonly (readonly [value: string, label: string])[];
  placeholder?: string;
  kind?: 'text' | 'number' | 'boolean';
}

const LANGUAGES = [
  ['en', 'English'],
  ['ru', 'Русский'],
  ['ko', '한국어'],
  ['kk', 'Қазақша'],
] as const;

const CHOICES: readonly Choice[] = [
  { name: 'lang', label: 'Language', options: LANGUAGES },
  { name: 'years', label: 'Years', placeholder: '2015-2020' },
  { name: 'sectors', label: 'Sectors', placeholder: 'culture education' },
  { name: 'statuses', label: 'Statuses', placeholder: 'active planned' },
  {
    name: 'theme',
    label: 'Theme',
    options: [
      ['', 'As the system'],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ],
  },
  {
    name: 'projection',
    label: 'Projection',
    options: [
      ['', 'Mercator'],
      ['globe', 'Globe'],
    ],
  },
  {
    name: 'view',
    label: 'View',
    options: [
      ['', 'Map'],
      ['table', 'Table'],
    ],
  },
  // Shown only when the element has it (grouping comes with a later version of the element).
  {
    name: 'group-by',
    label: 'Group by',
    options: [
      ['', 'Nothing'],
      ['country', 'Country'],
      ['region', 'Region'],
    ],
  },
  { name: 'top', label: 'Top', kind: 'number', placeholder: 'all' },
  { name: 'min-weight', label: 'Min. weight', kind: 'number', placeholder: '0' },
  { name: 'no-legend', label: 'No legend', kind: 'boolean' },
  { name: 'no-search', label: 'No search', kind: 'boolean' },
  { name: 'no-timeline', label: 'No timeline', kind: 'boolean' },
  { name: 'hide-problems', label: 'Hide problems', kind: 'boolean' },
];

/** The attributes of the element this version knows (from Lit's declared properties). */
function knownAttributes(): Set<string> {
  const names = new Set<string>();
  for (const [key, options] of CoopMap.elementProperties) {
    const attribute = options.attribute;
    if (attribute === false) continue;
    names.add(typeof attribute === 'string' ? attribute : String(key).toLowerCase());
  }
  return names;
}

/** The attributes the controls set, in the order the snippet writes them. */
export const CONTROLLED_ATTRIBUTES = CHOICES.map((choice) => choice.name);

export function renderControls(form: HTMLFormElement, map: CoopMap): void {
  const known = knownAttributes();
  const choices = CHOICES.filter((choice) => known.has(choice.name));
  const set = (name: string, value: string | boolean) => {
    if (value === '' || value === false) map.removeAttribute(name);
    else map.setAttribute(name, value === true ? '' : value);
  };
  const field = (choice: Choice) => {
    const value = map.getAttribute(choice.name);
    if (choice.kind === 'boolean') {
      return html`<label class="check"
        ><input
          type="checkbox"
          name=${choice.name}
          .checked=${value !== null}
          @change=${(e: Event) => set(choice.name, (e.target as HTMLInputElement).checked)}
        />
        ${choice.label}</label
      >`;
    }
    if (choice.options) {
      return html`<label
        >${choice.label}
        <select name=${choice.name} @change=${(e: Event) => set(choice.name, (e.target as HTMLSelectElement).value)}>
          ${choice.options.map(
            ([option, label]) => html`<option value=${option} ?selected=${(value ?? '') === option}>${label}</option>`,
          )}
        </select></label
      >`;
    }
    return html`<label
      >${choice.label}
      <input
        name=${choice.name}
        type=${choice.kind === 'number' ? 'number' : 'text'}
        min=${choice.kind === 'number' ? '0' : nothing}
        size=${choice.kind === 'number' ? nothing : '12'}
        placeholder=${choice.placeholder ?? nothing}
        .value=${value ?? ''}
        @change=${(e: Event) => set(choice.name, (e.target as HTMLInputElement).value.trim())}
    /></label>`;
  };
  render(html`${choices.map(field)}`, form);
}
