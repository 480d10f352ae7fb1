import { type CaseStatus, isOpen } from "#domain/support-case";
import { keys } from "./keys";
import { TABLE_DESIGN } from "./table-design";

const { partitionKey, sortKey } = TABLE_DESIGN.indexes.openCaseQueue;

/** The parts of an UpdateExpression a case write contributes. */
export interface UpdateParts {
  set: string[];
  remove: string[];
  values: Record<string, unknown>;
}

/**
 * The agent queue is a sparse index holding exactly the open cases (the domain's `isOpen`):
 * every write that leaves a case in `status` sets its queue entry or removes it.
 */
export function queueIndexUpdate(
  current: { caseNumber: string; firstResponseDueAt?: string | undefined },
  status: CaseStatus,
): UpdateParts {
  if (!isOpen(status)) return { set: [], remove: [partitionKey, sortKey], values: {} };
  const entry = keys.queueEntry(current.firstResponseDueAt, current.caseNumber);
  return {
    set: [`${partitionKey} = :queuePk`, `${sortKey} = :queueSk`],
    remove: [],
    values: { ":queuePk": entry.gsi2pk, ":queueSk": entry.gsi2sk },
  };
}

/** SET and REMOVE clauses may each appear once: the parts of a write are merged into one of each. */
export function updateExpression(...parts: Pick<UpdateParts, "set" | "remove">[]): string {
  const set = parts.flatMap((p) => p.set);
  const remove = parts.flatMap((p) => p.remove);
  return [set.length ? `SET ${set.join(", ")}` : "", remove.length ? `REMOVE ${remove.join(", ")}` : ""]
    .filter(Boolean)
    .join(" ");
}
