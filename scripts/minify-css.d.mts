/** What the minifier needs of Lightning CSS: the native package or lightningcss-wasm. */
export interface LightningCss {
  transform: typeof import('lightningcss').transform;
  transformStyleAttribute: typeof import('lightningcss').transformStyleAttribute;
  Features: typeof import('lightningcss').Features;
}
export declare function minifyCssParts(parts: readonly string[], lightningcss: LightningCss): string[];
export declare function minifyCss(source: string, lightningcss: LightningCss): string;
