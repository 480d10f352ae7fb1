import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { components } from "../../../../client/openapi";
import { api, call, type Outcome } from "../../../api";
import { type QueueFilters, queuePath, queueQuery } from "./filters";

export type StaffCase = components["schemas"]["StaffCase"];

/** Cases a page shows at most. */
export const PAGE_SIZE = 25;
/** The queue's filters apply within an API page: a sparse page is topped up by at most this many more requests. */
const MAX_REQUESTS = 6;
const DEFAULT_REFRESH_SECONDS = 30;

declare global {
  interface Window {
    /** How often the queue refreshes by itself; a wall display (or a test) may set it before the page loads. */
    DESK_QUEUE_REFRESH_SECONDS?: number;
  }
}

export function refreshSeconds(): number {
  const chosen = window.DESK_QUEUE_REFRESH_SECONDS;
  return typeof chosen === "number" && chosen > 0 ? chosen : DEFAULT_REFRESH_SECONDS;
}

export interface QueuePage {
  items: StaffCase[];
  nextCursor?: string | undefined;
}

/** One page of the queue: requests until PAGE_SIZE cases matched or the queue ends. */
async function loadPage(filters: QueueFilters): Promise<Outcome<QueuePage>> {
  const items: StaffCase[] = [];
  let cursor = filters.cursor;
  for (let request = 0; request < MAX_REQUESTS; request++) {
    const query = { ...queueQuery({ ...filters, cursor }), limit: String(PAGE_SIZE - items.length) };
    const outcome = await call(api.GET("/queue", { params: { query } }));
    if (!outcome.ok) return outcome;
    items.push(...outcome.data.items);
    cursor = outcome.data.nextCursor;
    if (!cursor || items.length >= PAGE_SIZE) break;
  }
  return { ok: true, data: { items, nextCursor: cursor } };
}

export interface QueueState {
  page: QueuePage | undefined;
  /** The latest load's problem: the first load's (nothing to show), or a refresh's (the old list stays). */
  failure: Outcome<unknown> | undefined;
  updatedAt: Date | undefined;
  /** Cases the latest refresh brought in (none after the first load of these filters). */
  arrived: string[];
  refresh(): void;
}

/**
 * The queue for these filters, refreshed by itself every few seconds; an answer to an older
 * request (filters changed meanwhile) is dropped.
 */
export function useQueue(filters: QueueFilters): QueueState {
  const key = queuePath(filters);
  const [page, setPage] = useState<QueuePage>();
  const [failure, setFailure] = useState<Outcome<unknown>>();
  const [updatedAt, setUpdatedAt] = useState<Date>();
  const [arrived, setArrived] = useState<string[]>([]);
  const latest = useRef(0);
  const shown = useRef<{ key: string; numbers: Set<string> } | undefined>(undefined);

  const load = useCallback(async () => {
    const request = ++latest.current;
    const outcome = await loadPage(filters);
    if (request !== latest.current) return;
    if (!outcome.ok) return setFailure(outcome);
    const numbers = new Set(outcome.data.items.map((c) => c.caseNumber));
    const before = shown.current?.key === key ? shown.current.numbers : undefined;
    setArrived(before ? [...numbers].filter((n) => !before.has(n)) : []);
    shown.current = { key, numbers };
    setFailure(undefined);
    setPage(outcome.data);
    setUpdatedAt(new Date());
  }, [key]);

  useEffect(() => {
    setPage(undefined);
    setFailure(undefined);
    void load();
    const timer = setInterval(() => void load(), refreshSeconds() * 1000);
    return () => clearInterval(timer);
  }, [load]);

  return { page, failure, updatedAt, arrived, refresh: () => void load() };
}
