/** Progress of a download: bytes so far and, when the server says, in all. */
export interface LoadProgress {
  what: 'data' | 'regions' | 'geodata';
  loaded: number;
  total: number | null;
}

/** Fetches a text file, reporting progress as it streams in; rejects with a message that names the URL. */
export async function fetchText(
  url: string,
  what: LoadProgress['what'],
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new Error(`could not load ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const lengthHeader = response.headers.get('content-length');
  const total = lengthHeader && !response.headers.get('content-encoding') ? Number(lengthHeader) : null;
  if (!response.body || !options.onProgress) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    options.onProgress({ what, loaded, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}
