import type { CaseTable } from "#repositories/cases/table";
import { documentClient } from "#shared/dynamodb-client";
import { TABLE_NAME } from "#shared/table-name";

/**
 * The table the case routes' operations work on, configured once per container. Each case
 * operation and each store of the case routes is a module of its own, so a route bundles only
 * what it calls: reads leave out the writes and the idempotency middleware.
 */
export const caseTable: CaseTable = { db: documentClient, tableName: TABLE_NAME };
