import type { Plugin } from 'vite';
export declare function minifyGlsl(source: string): string;
export declare function glslMinifyPlugin(): Plugin;
