// Typings of <coop-map> for the templates of React (JSX), Vue and Svelte, written from the Custom
// Elements Manifest at build time, so that they list the attributes and events the element has,
// and nothing else, whenever it changes. Each is an entry of its own (`coop-map/jsx`,
// `coop-map/vue`, `coop-map/svelte`): an augmentation of a framework's module that the app does
// not have would not compile.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = '// Written by scripts/element-types.mjs from custom-elements.json: do not edit.\n';

/** The element's declaration in the manifest. */
export function elementDeclaration(manifest) {
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? []) if (declaration.tagName === 'coop-map') return declaration;
  throw new Error('custom-elements.json: no declaration of <coop-map>');
}

const camel = (event) => event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const eventType = (event) => `${camel(event)}Event`;
const docLine = (text) => (text ? `  /** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */\n` : '');

/** What the three files share: the attributes as markup writes them, and the object properties. */
function common(declaration) {
  const attributes = declaration.attributes
    .map((a) => `${docLine(a.description)}  '${a.name}'?: Extract<CoopMap['${a.fieldName}'], Markup>;\n`)
    .join('');
  // Every property a page may set; frameworks that set properties (React 19, Vue, Svelte) take these.
  const properties = declaration.members.filter((m) => m.kind === 'field' && !m.static && !m.readonly);
  const props = properties.map((m) => `${docLine(m.description)}  ${m.name}?: CoopMap['${m.name}'];\n`).join('');
  const events = declaration.events.map((e) => eventType(e.name));
  return {
    imports:
      `import type { CoopMap } from './coop-map.js';\n` +
      `import type { ${[...new Set(events)].join(', ')} } from './events.js';\n`,
    body:
      `/** What an attribute's value can be. */\ntype Markup = string | number | boolean | null | undefined;\n\n` +
      `/** The attributes of <coop-map>, as a template writes them. */\n` +
      `export interface CoopMapAttributes {\n${attributes}}\n\n` +
      `/** Its properties, set as properties by the frameworks that can (objects such as \`data\` only so). */\n` +
      `export interface CoopMapProperties {\n${props}}\n`,
    events: declaration.events,
  };
}

function listeners(events, name) {
  return events
    .map((e) => `${docLine(e.description)}  ${name(e.name)}?: (event: ${eventType(e.name)}) => void;\n`)
    .join('');
}

/** React 19 sets props the element has as properties and `on<event name>` as listeners. */
function jsx(c) {
  return (
    `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${c.imports}\n${c.body}\n` +
    `/** The events, as React 19 binds them: \`on\` and the event's own name. */\n` +
    `export interface CoopMapReactEvents {\n${listeners(c.events, (n) => `'on${n}'`)}}\n\n` +
    `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n` +
    `      'coop-map': DetailedHTMLProps<HTMLAttributes<CoopMap>, CoopMap> &\n` +
    `        CoopMapAttributes &\n        CoopMapProperties &\n        CoopMapReactEvents;\n` +
    `    }\n  }\n}\n`
  );
}

const vueListener = (event) => `'on${event[0].toUpperCase()}${event.slice(1)}'`;

/** Vue's templates: `:data` binds a property, `@coop-load` a listener (an `onCoop-load` prop). */
function vue(c) {
  return (
    `${HEADER}import type { DefineComponent } from 'vue';\n${c.imports}\n${c.body}\n` +
    `/** The events, as Vue's \`@coop-load\` binds them. */\n` +
    `export interface CoopMapVueEvents {\n${listeners(c.events, vueListener)}}\n\n` +
    `declare module 'vue' {\n  interface GlobalComponents {\n` +
    `    'coop-map': DefineComponent<CoopMapAttributes & CoopMapProperties & CoopMapVueEvents>;\n  }\n}\n`
  );
}

/** Svelte 5: `oncoop-load` listeners; objects set with `data={…}` go to the property. */
function svelte(c) {
  return (
    `${HEADER}import type { HTMLAttributes } from 'svelte/elements';\n${c.imports}\n${c.body}\n` +
    `/** The events, as Svelte 5 binds them. */\n` +
    `export interface CoopMapSvelteEvents {\n${listeners(c.events, (n) => `'on${n}'`)}}\n\n` +
    `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n` +
    `    'coop-map': HTMLAttributes<CoopMap> & CoopMapAttributes & CoopMapProperties & CoopMapSvelteEvents;\n` +
    `  }\n}\n`
  );
}

/** Writes dist/jsx.d.ts, dist/vue.d.ts and dist/svelte.d.ts (and their empty modules) from the manifest. */
export function writeElementTypes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
  const c = common(elementDeclaration(manifest));
  for (const [name, text] of Object.entries({ jsx: jsx(c), vue: vue(c), svelte: svelte(c) })) {
    writeFileSync(join(dist, `${name}.d.ts`), `${text}\nexport {};\n`);
    // A module for the export's `import` condition; the typings are all it has.
    writeFileSync(join(dist, `${name}.js`), 'export {};\n');
  }
}
