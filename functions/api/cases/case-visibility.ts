import type { CaseRecord } from "#repositories/case-records";
import { type Caller, isStaff } from "#shared/caller";

/** Another customer's case answers exactly like a missing one. */
export function mayRead(caller: Caller, found: CaseRecord | undefined): found is CaseRecord {
  return found !== undefined && (isStaff(caller) || found.customerId === caller.id);
}
