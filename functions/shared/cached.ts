/**
 * `load`, remembered for `ttlMs` per function instance: concurrent callers share one load, and a
 * failed load is not remembered (the next caller tries again). For small data that changes
 * rarely and may be a little stale, read on a request path.
 */
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let cached: { value: Promise<T>; loadedAt: number } | undefined;
  return () => {
    const now = Date.now();
    // A clock that went back counts as expired too, rather than holding the value for longer.
    if (!cached || now - cached.loadedAt >= ttlMs || now < cached.loadedAt) {
      const value = load();
      const entry = { value, loadedAt: now };
      cached = entry;
      value.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return cached.value;
  };
}
