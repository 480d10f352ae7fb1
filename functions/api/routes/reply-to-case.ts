import { CaseWriteHeaders } from "../desk-schemas";
import { StaffEvent } from "../responses/cases";
import { CasePath, SupportReplyRequest } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const replyToCaseRoute = {
  method: "POST",
  path: "/cases/{number}/replies",
  groups: STAFF,
  entry: "functions/api/cases/reply-to-case.ts",
  summary: "Support answers a case; starts the follow-up sequence",
  params: CasePath,
  headers: CaseWriteHeaders,
  body: SupportReplyRequest,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "Support answers the case: it now awaits the customer, the reply is e-mailed, and the follow-up sequence starts (reminders after 3, 6 and 10 days without an answer). The first reply is the case's first response. A resolved or withdrawn case must be reopened first (409). With `If-Match` (the ETag of GET /cases/{number}) a reply to a case that changed since is refused with 409 `stale-case`, whose `currentVersion` and `events` (written since) show what the agent has not seen; nothing is written.",
  responses: { 201: { description: "The reply, as a timeline event", body: StaffEvent } },
  problems: [404, 409],
  idempotencyKey: true,
  example: { body: { message: "Please update to build 4711." } },
} as const satisfies RouteDefinition;
