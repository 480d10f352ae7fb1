import type { operations } from "../../../../client/openapi";
import { api, call, type Outcome } from "../../../api";
import type { DeskEvent } from "./desk-case-data";

export type AgentAction = operations["agentAction"]["requestBody"]["content"]["application/json"];

/** The If-Match of a write: the version the agent's view showed (the case's ETag). */
const ifMatch = (version: number) => `"${version}"`;

/** Support's reply, sent on the view the agent read; a retry of one send carries the same key. */
export function sendReply(number: string, version: number, message: string, key: string) {
  return call(
    api.POST("/cases/{number}/replies", {
      params: { path: { number }, header: { "If-Match": ifMatch(version), "Idempotency-Key": key } },
      body: { message },
    }),
  );
}

/** An agent action (assign, severity, note, resolve, reopen), sent on the view the agent read. */
export function agentAction(number: string, version: number, action: AgentAction) {
  return call(
    api.POST("/cases/{number}/agent-actions", {
      params: { path: { number }, header: { "If-Match": ifMatch(version) } },
      body: action,
    }),
  );
}

/** The events the agent had not seen, when a write was refused for a stale view; else undefined. */
export function staleEvents(outcome: Outcome<unknown>): DeskEvent[] | undefined {
  if (outcome.ok || outcome.status !== 409) return undefined;
  if (!outcome.problem?.type.endsWith("/stale-case")) return undefined;
  const events = outcome.problem.events;
  return Array.isArray(events) ? (events as DeskEvent[]) : [];
}
