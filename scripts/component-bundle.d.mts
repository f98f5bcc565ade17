import type { Plugin } from 'vite';

export interface BundledFile {
  name: string;
  code: Buffer;
  /** Rolldown's modules of the file, by id. */
  modules: Record<string, { renderedLength: number; code: string | null }>;
}
export declare const ROOT: string;
export declare const LIT_PACKAGES: string[];
export declare function bundleComponent(options?: {
  external?: string[];
  plugins?: Plugin[];
  codeSplitting?: boolean;
}): Promise<{ upFront: BundledFile[]; lazy: BundledFile[] }>;
export declare function bundleConsumerPage(options?: {
  external?: string[];
  minify?: boolean;
  main?: string;
}): Promise<{ upFront: BundledFile[]; lazy: BundledFile[] }>;
