import type { z } from "zod/mini";
import type { Group } from "#shared/caller";
import { CustomerNoteRequest, OpenCaseRequest, SupportReplyRequest } from "./schemas";

/**
 * The route table: the single source for the HTTP API in AWS (infra/), the local gateway
 * (infra/local/gateway.ts) and the group checks in every handler.
 */
export interface RouteDefinition {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  /** Callers in any of these groups may use the route. */
  groups: readonly Group[];
  /** Module (from the repository root) whose `handler` export serves the route. */
  entry: string;
  summary: string;
  body?: z.ZodMiniType;
}

export const ROUTES = {
  openCase: {
    method: "POST",
    path: "/cases",
    groups: ["customer"],
    entry: "functions/api/cases/open-case.ts",
    summary: "Open a support case",
    body: OpenCaseRequest,
  },
  listMyCases: {
    method: "GET",
    path: "/cases",
    groups: ["customer"],
    entry: "functions/api/cases/list-my-cases.ts",
    summary: "List the caller's own cases, newest first",
  },
  getCase: {
    method: "GET",
    path: "/cases/{number}",
    groups: ["customer", "agent", "admin"],
    entry: "functions/api/cases/get-case.ts",
    summary: "A case with its timeline (customers see only their own)",
  },
  replyToCase: {
    method: "POST",
    path: "/cases/{number}/replies",
    groups: ["agent", "admin"],
    entry: "functions/api/cases/reply-to-case.ts",
    summary: "Support answers a case; starts the follow-up sequence",
    body: SupportReplyRequest,
  },
  addCustomerNote: {
    method: "POST",
    path: "/cases/{number}/notes",
    groups: ["customer"],
    entry: "functions/api/cases/add-customer-note.ts",
    summary: "The customer answers; 'Resolved' closes the case, anything else returns it to support",
    body: CustomerNoteRequest,
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES;
