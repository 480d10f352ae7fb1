import { DomainError } from "#domain/errors";
import { type CaseStatus, statusAfterCustomerNote } from "#domain/support-case";
import type { CaseEvent, CaseRecord } from "#repositories/case-records";
import type { InboundReply } from "./parse-reply";

/** What applying needs of the case repository (caseNotes in case-notes.ts fits), plus a clock. */
export interface ApplyReplyDeps {
  loadCase(caseNumber: string): Promise<CaseRecord | undefined>;
  recordCustomerNote(
    caseNumber: string,
    customerId: string,
    message: string,
    now: string,
  ): Promise<CaseEvent>;
  now(): string;
}

export type ApplyOutcome =
  | { outcome: "applied"; caseNumber: string; statusAfter: CaseStatus }
  | { outcome: "dropped"; caseNumber: string; reason: "unknown-case" | "stranger" };

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Threads a parsed reply into its case with the portal's customer-note rule: "Resolved" closes
 * the case, anything else returns it to support and stops the follow-ups. Only the case's
 * contact may do so; the reply address alone proves we sent the mail, not who answers it
 * (a forwarded case e-mail carries the address along).
 */
export async function applyInboundReply(
  reply: Pick<InboundReply, "caseNumber" | "from" | "text">,
  deps: ApplyReplyDeps,
): Promise<ApplyOutcome> {
  const { caseNumber } = reply;
  const current = await deps.loadCase(caseNumber);
  if (!current) return { outcome: "dropped", caseNumber, reason: "unknown-case" };
  if (!sameAddress(current.customerEmail, reply.from))
    return { outcome: "dropped", caseNumber, reason: "stranger" };
  try {
    const note = await deps.recordCustomerNote(caseNumber, current.customerId, reply.text, deps.now());
    return {
      outcome: "applied",
      caseNumber,
      statusAfter: note.statusAfter ?? statusAfterCustomerNote(reply.text),
    };
  } catch (error) {
    // The case vanished between the read and the write. Anything else (a race lost four times,
    // an outage) is rethrown so the invocation fails and is retried.
    if (error instanceof DomainError && error.code === "case-not-found") {
      return { outcome: "dropped", caseNumber, reason: "unknown-case" };
    }
    throw error;
  }
}
