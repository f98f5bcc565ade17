/**
 * The URL when it may become a link: http(s) only. A `javascript:` or `data:` URL (or anything
 * that is not an absolute http(s) URL) would run or smuggle code when clicked, so it never
 * reaches an `href`, whatever the data set's validation let through.
 */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
