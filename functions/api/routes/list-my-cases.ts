import { CustomerCases } from "../responses/cases";
import { ListCasesQuery } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const listMyCasesRoute = {
  method: "GET",
  path: "/cases",
  groups: ["customer"],
  entry: "functions/api/cases/list-my-cases.ts",
  summary: "List the caller's own cases, newest first",
  query: ListCasesQuery,
  needs: { table: "read" },
  tags: ["cases"],
  description:
    "The caller's cases, newest first, a page at a time (`limit` 1-100, default 20; pass `nextCursor` back as `cursor`). `status` narrows the list: `open` (awaiting support or the customer), `closed` (resolved, withdrawn, no customer response) or one status; a narrowed page is topped up from the following cases (up to 500 read per request), so it holds `limit` cases unless the list ends, or it says there is more with `nextCursor`.",
  responses: { 200: { description: "A page of the caller's cases", body: CustomerCases } },
  example: { query: { status: "open", limit: "20" } },
} as const satisfies RouteDefinition;
