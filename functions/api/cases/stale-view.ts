import { eventsSince } from "#domain/case-version";
import { DomainError } from "#domain/errors";
import { listCaseEvents } from "#repositories/cases/case-events";
import { problemForDomainError } from "#shared/problem";
import { caseTable } from "./case-store";
import { staffEventView } from "./case-views";

/**
 * Runs a staff write sent on a view of the case; when the case changed since that view, the
 * 409 `stale-case` problem also carries what changed (`events`, staff views) and the current
 * `currentVersion`, so the desk can show the newer answer and let the agent decide again.
 */
export async function refusingStaleView<T>(caseNumber: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "stale-case") throw error;
    const seen = Number(error.details?.seenVersion);
    const newer = eventsSince(await listCaseEvents(caseTable, caseNumber), seen);
    throw problemForDomainError(error.code, error.message, {
      ...error.details,
      events: newer.map(staffEventView),
    });
  }
}
