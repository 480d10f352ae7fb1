import { IdempotencyConfig } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { makeHandlerIdempotent } from "@aws-lambda-powertools/idempotency/middleware";

/**
 * `Idempotency-Key` on creating POSTs (Powertools idempotency over our one table): a retried
 * request with the same key and body gets the first answer and creates nothing new; the same
 * key with another body is refused. Keys are per caller and kept for a day (the table's TTL).
 * Requests without the header are not deduplicated.
 */
export function idempotentRequests(tableName: string) {
  return makeHandlerIdempotent({
    persistenceStore: new DynamoDBPersistenceLayer({
      tableName,
      keyAttr: "pk",
      sortKeyAttr: "sk",
      expiryAttr: "expiresAt",
    }),
    config: new IdempotencyConfig({
      eventKeyJmesPath:
        'headers."idempotency-key" && join(\'#\', [requestContext.authorizer.jwt.claims.sub, headers."idempotency-key"])',
      payloadValidationJmesPath: "body",
      throwOnNoIdempotencyKey: false,
      expiresAfterSeconds: 24 * 60 * 60,
    }),
  });
}
