import type { Plugin } from 'vite';
export declare function minifyGlsl(source: string): string;
export declare function minifyCss(source: string): string;
export declare function minifyLiterals(code: string, filename: string, warn?: (message: string) => void): string | null;
export declare function minifyLiteralsPlugin(): Plugin;
