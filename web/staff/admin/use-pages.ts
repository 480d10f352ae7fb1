import { useEffect, useState } from "preact/hooks";
import type { Outcome } from "../../api";

export interface PageOf<T> {
  items: T[];
  nextCursor?: string;
}

export interface Pages<T> {
  /** The first page's outcome: undefined while it loads, the problem if it failed. */
  first: Outcome<PageOf<T>> | undefined;
  items: T[];
  hasMore: boolean;
  loadingMore: boolean;
  /** A later page failed (the items loaded so far stay). */
  moreFailed: Outcome<unknown> | undefined;
  more(): Promise<void>;
  /** From the first page again, e.g. after a change or a new filter. */
  reload(): void;
  /** One item replaced in place (after a PATCH), so the reader keeps their place. */
  replace(match: (item: T) => boolean, item: T): void;
}

/** A cursor-paged list (`items`, `nextCursor`) read a page at a time, appended as the reader asks. */
export function usePages<T>(
  load: (cursor?: string) => Promise<Outcome<PageOf<T>>>,
  dependencies: unknown[] = [],
): Pages<T> {
  const [first, setFirst] = useState<Outcome<PageOf<T>>>();
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState<Outcome<unknown>>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setFirst(undefined);
    setMoreFailed(undefined);
    load().then((answer) => {
      if (!current) return;
      setFirst(answer);
      setItems(answer.ok ? answer.data.items : []);
      setCursor(answer.ok ? answer.data.nextCursor : undefined);
    });
    return () => {
      current = false;
    };
  }, [generation, ...dependencies]);

  async function more() {
    if (!cursor) return;
    setLoadingMore(true);
    const answer = await load(cursor);
    setLoadingMore(false);
    if (!answer.ok) {
      setMoreFailed(answer);
      return;
    }
    setMoreFailed(undefined);
    setItems((all) => [...all, ...answer.data.items]);
    setCursor(answer.data.nextCursor);
  }

  return {
    first,
    items,
    hasMore: Boolean(cursor),
    loadingMore,
    moreFailed,
    more,
    reload: () => setGeneration((g) => g + 1),
    replace: (match, item) => setItems((all) => all.map((old) => (match(old) ? item : old))),
  };
}
