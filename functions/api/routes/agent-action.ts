import { CaseWriteHeaders } from "../desk-schemas";
import { StaffEvent } from "../responses/cases";
import { AgentActionRequest, CasePath } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const agentActionRoute = {
  method: "POST",
  path: "/cases/{number}/agent-actions",
  groups: STAFF,
  entry: "functions/api/cases/agent-action.ts",
  summary: "Assign, change severity (with a reason), add an internal note, resolve or reopen",
  params: CasePath,
  headers: CaseWriteHeaders,
  body: AgentActionRequest,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "`assign` (to an agent), `change-severity` (with a reason), `internal-note`, `resolve` (with the resolution) or `reopen` (with a reason). Each is a timeline event with who and when; notes and assignments are internal. Resolving a resolved or withdrawn case, or reopening an open one, is 409; resolving a case that awaits the customer stops its follow-ups. With `If-Match`, an action on a case that changed since is 409 `stale-case` with `currentVersion` and the newer `events`.",
  responses: { 200: { description: "The action, as a timeline event", body: StaffEvent } },
  problems: [404, 409],
  example: {
    body: { action: "change-severity", severity: "A", reason: "Production backups are failing." },
  },
} as const satisfies RouteDefinition;
