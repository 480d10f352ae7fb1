import { caseLists } from "#repositories/case-lists";
import { documentClient } from "#shared/dynamodb-client";
import { TABLE_NAME } from "#shared/table-name";

/** The queue and a customer's case list, from the table's indexes. */
export const caseList = caseLists(documentClient, TABLE_NAME);
