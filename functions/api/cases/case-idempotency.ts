import { idempotentRequests } from "#shared/idempotency";
import { TABLE_NAME } from "#shared/table-name";

/** Creating case routes honour an Idempotency-Key header (Powertools idempotency over the table). */
export const idempotent = idempotentRequests(TABLE_NAME);
