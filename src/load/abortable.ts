/**
 * `promise`, or a rejection with the signal's reason as soon as the signal aborts. The work behind
 * the promise goes on (a shared geodata download, a map settling); only this caller stops waiting.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The reason a signal aborted, as an `AbortError` when it gave none that is an Error. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('the load was superseded', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return (error as Error | null)?.name === 'AbortError';
}
