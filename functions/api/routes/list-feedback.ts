import { FeedbackPage } from "../responses/feedback";
import { FeedbackListQuery } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const listFeedbackRoute = {
  method: "GET",
  path: "/admin/feedback",
  groups: STAFF,
  entry: "functions/api/feedback/list-feedback.ts",
  summary: "All feedback, newest first, with its status (filters, cursor pagination)",
  query: FeedbackListQuery,
  needs: { table: "read" },
  tags: ["feedback"],
  description:
    "Every feedback, newest first, with its author and status, a page at a time (`limit` 1-100, default 20; pass `nextCursor` back as `cursor`). `status` and `kind` narrow the list; a filtered page may hold fewer than `limit` items and still have a `nextCursor` (the listing reads a bounded number of items per request).",
  responses: { 200: { description: "A page of feedback", body: FeedbackPage } },
  example: { query: { limit: "20" } },
} as const satisfies RouteDefinition;
