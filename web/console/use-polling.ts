import { useEffect, useRef, useState } from "preact/hooks";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "ready"; value: T }
  | { state: "failed"; error: unknown };

/**
 * Loads `load()` now, again whenever `key` changes, and every `everyMs` while `keepPolling` says so.
 * A refresh keeps showing the last answer until the next one arrives (no flicker, focus stays).
 */
export function usePolling<T>(
  load: () => Promise<T>,
  key: string,
  everyMs: number,
  keepPolling: (value: T) => boolean = () => true,
): { loaded: Loaded<T>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [tick, setTick] = useState(0);
  const latest = useRef({ load, keepPolling });
  latest.current = { load, keepPolling };
  // key and tick are what trigger a load; `load` is read through the ref.
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    latest.current
      .load()
      .then((value) => {
        if (!current) return;
        setLoaded({ state: "ready", value });
        if (latest.current.keepPolling(value)) timer = setTimeout(() => setTick((t) => t + 1), everyMs);
      })
      .catch((error: unknown) => {
        if (!current) return;
        setLoaded({ state: "failed", error });
        timer = setTimeout(() => setTick((t) => t + 1), everyMs);
      });
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, tick, everyMs]);
  return { loaded, reload: () => setTick((t) => t + 1) };
}
