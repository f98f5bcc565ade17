import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by name (`left`, `maxWidth` or `max-width`, `--_a`); null or undefined leaves one unset. */
export type CssomProperties = Readonly<Record<string, string | null | undefined>>;

/**
 * Sets an element's inline style through the CSSOM (`style.setProperty`), never through the
 * `style` attribute, so that it works under a Content-Security-Policy without
 * `'unsafe-inline'` for styles: Lit's `styleMap` writes the attribute on the first render, which
 * such a policy refuses (the tooltip then sits in the corner and the swatches lose their colors).
 * Used on an element: `<span ${cssomStyle({ '--_swatch': color })}>`.
 */
class CssomStyleDirective extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element, not in an attribute');
  }

  render(_properties: CssomProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CssomProperties]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#set) {
      if (properties[name] === null || properties[name] === undefined) {
        style.removeProperty(cssName(name));
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      style.setProperty(cssName(name), value);
      this.#set.add(name);
    }
    return noChange;
  }
}

/** `maxWidth` → `max-width`; custom properties (`--_a`) as they are. */
function cssName(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const cssomStyle = directive(CssomStyleDirective);
