// The playground uses only the public entry point, as a page embedding the element would.
import '../src/index.js';

const map = document.querySelector('coop-map')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLElement>('#log')!;

// Attributes can be given in the query string (e.g. ?projection=globe&lang=ru), for sharing a view.
const PAGE_ATTRIBUTES = ['src', 'lang', 'years', 'sectors', 'projection', 'theme', 'selected', 'columns'];
const query = new URLSearchParams(location.search);
for (const name of PAGE_ATTRIBUTES) {
  const value = query.get(name);
  if (value === null) continue;
  map.setAttribute(name, value);
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
}

function note(text: string): void {
  const line = document.createElement('p');
  line.textContent = text;
  log.prepend(line);
}

form.addEventListener('change', () => {
  const data = new FormData(form);
  map.src = String(data.get('src'));
  map.lang = String(data.get('lang'));
  map.projection = data.get('projection') === 'globe' ? 'globe' : 'mercator';
  const years = String(data.get('years') ?? '').trim();
  map.years = years || null;
});

map.addEventListener('coop-load', (e) => {
  note(`coop-load: ${e.detail.links} links, ${e.detail.places} places, ${e.detail.issues.length} issues`);
  for (const issue of e.detail.issues) note(`  ${issue.severity} at ${issue.path}: ${issue.message}`);
});
map.addEventListener('coop-error', (e) => note(`coop-error: ${e.detail.message}`));
map.addEventListener('coop-filter-change', (e) =>
  note(`coop-filter-change: sectors=${e.detail.sectors?.join(' ') ?? 'all'}`),
);
map.addEventListener('coop-select', (e) => note(`coop-select: ${e.detail.kind ?? 'none'} ${e.detail.id ?? ''}`));
