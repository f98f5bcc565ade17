/** Each documentation page's file name and HTML (see site-docs.mjs). */
export function docsPages(root: string, manifest: unknown): Record<string, string>;
