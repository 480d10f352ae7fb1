import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/**
 * The table a case operation works on. Each operation is a function of its own module taking
 * this, so a route's bundle holds only the operations it calls.
 */
export interface CaseTable {
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** The table as GET /cases/{n} and /events read it: through the low-level read client alone. */
export interface CaseReads {
  readonly client: DynamoDBClient;
  readonly tableName: string;
}
