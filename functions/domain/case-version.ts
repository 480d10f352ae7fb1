import { DomainError } from "./errors";

/**
 * Every change to a case raises its version by one (replies, notes, agent actions, the follow-up
 * workflow's claims), and every timeline event carries the version it left the case at. A desk
 * view is the version it was loaded at: a write sent with that version is refused once the case
 * has moved on, so an agent never answers past a newer answer they have not seen.
 */

/** Cases stored before versions existed count as version 0 until their next change. */
export const UNVERSIONED = 0;

/** Refuses a write made on a view of `seen` when the case is at `current` now; no view given, no check. */
export function assertCurrentView(caseNumber: string, seen: number | undefined, current: number): void {
  if (seen === undefined || seen === current) return;
  throw new DomainError(
    "stale-case",
    `Case ${caseNumber} changed since version ${seen}: it is at version ${current} now. Read what changed and decide again.`,
    { currentVersion: current, seenVersion: seen },
  );
}

/** The events a view of version `seen` has not shown: those that left the case at a later version. */
export function eventsSince<E extends { version?: number | undefined }>(
  events: readonly E[],
  seen: number,
): E[] {
  return events.filter((event) => (event.version ?? UNVERSIONED) > seen);
}
