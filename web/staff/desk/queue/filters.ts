import { PLAN_IDS, type PlanId } from "#domain/plans";
import { SEVERITY_LEVELS, type Severity } from "#domain/severity";
import type { operations } from "../../../../client/openapi";

export type QueueQuery = NonNullable<operations["caseQueue"]["parameters"]["query"]>;

export const QUEUE_STATUSES = ["awaiting_support", "awaiting_customer"] as const;
export const ASSIGNEES = ["anyone", "mine", "unassigned"] as const;

/** The queue's filters as the page's URL keeps them (`/desk?severity=A&assignee=mine`), so reload and back keep them. */
export interface QueueFilters {
  status?: (typeof QUEUE_STATUSES)[number];
  severity?: Severity;
  plan?: PlanId;
  assignee: (typeof ASSIGNEES)[number];
  /** Where the shown page starts (the API's cursor); absent on the first page. */
  cursor?: string;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
}

/** The filters in a URL query; anything unknown there is ignored (an old bookmark still opens). */
export function filtersFrom(query: URLSearchParams): QueueFilters {
  const status = oneOf(QUEUE_STATUSES, query.get("status"));
  const severity = oneOf(SEVERITY_LEVELS, query.get("severity"));
  const plan = oneOf(PLAN_IDS, query.get("plan"));
  const cursor = query.get("cursor") || undefined;
  return {
    assignee: oneOf(ASSIGNEES, query.get("assignee")) ?? "anyone",
    ...(status ? { status } : {}),
    ...(severity ? { severity } : {}),
    ...(plan ? { plan } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** The page's path for these filters; "anyone" and the first page are the defaults, left out. */
export function queuePath(filters: QueueFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.severity) query.set("severity", filters.severity);
  if (filters.plan) query.set("plan", filters.plan);
  if (filters.assignee !== "anyone") query.set("assignee", filters.assignee);
  if (filters.cursor) query.set("cursor", filters.cursor);
  const search = query.toString();
  return search ? `/desk?${search}` : "/desk";
}

/** The API's query for these filters. */
export function queueQuery(filters: QueueFilters): QueueQuery {
  const { assignee, cursor, ...equal } = filters;
  return {
    ...equal,
    ...(assignee === "mine" ? { mine: "true" } : assignee === "unassigned" ? { unassigned: "true" } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** The same filters on their first page. */
export function withoutCursor(filters: QueueFilters): QueueFilters {
  const { cursor: _cursor, ...rest } = filters;
  return rest;
}
