import type { Plugin } from 'vite';
export declare function minifyGlsl(source: string): string;
export declare function minifyCss(source: string): string;
export declare function minifyLiteralsPlugin(): Plugin;
