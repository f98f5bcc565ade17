import type { Plugin } from 'vite';

export declare const MAPLIBRE_CSS_MODULE: string;
export declare const UNUSED_MAPLIBRE_CLASSES: string[];
export declare function filterCss(css: string, unusedClasses?: readonly string[]): string;
export declare function readMaplibreCss(root?: string): { path: string; css: string };
export declare function maplibreCssPlugin(): Plugin;
