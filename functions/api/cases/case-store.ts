import { caseRepository } from "#repositories/case-repository";
import { documentClient } from "#shared/dynamodb-client";
import { TABLE_NAME } from "#shared/table-name";

/**
 * The case repository the case routes use, configured once per container. Each store of the
 * case routes is a module of its own, so a route bundles only the stores it imports: the
 * reading routes leave out the idempotency middleware, lists leave out the case writes.
 */
export const cases = caseRepository(documentClient, TABLE_NAME);
