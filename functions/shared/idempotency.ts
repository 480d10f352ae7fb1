import { IdempotencyConfig } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { makeHandlerIdempotent } from "@aws-lambda-powertools/idempotency/middleware";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { keys } from "#repositories/keys";
import { dynamodbClient } from "./dynamodb-client";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_SECONDS } from "./idempotency-key";

type IdempotencyMiddleware = ReturnType<typeof makeHandlerIdempotent>;
type MiddyRequest = Parameters<NonNullable<IdempotencyMiddleware["before"]>>[0];

/**
 * Powertools' store with a sort key puts every record of a function under one partition key
 * (`idempotency#<function>`): a hot partition as traffic grows. Here each record is a partition
 * of its own: the library's key (function name and hash) as `pk`, a constant `sk`.
 */
class OwnPartitionRecords extends DynamoDBPersistenceLayer {
  protected override getKey(idempotencyKey: string): Record<string, AttributeValue> {
    return marshall(keys.powertoolsIdempotencyRecord(idempotencyKey));
  }
}

/**
 * Idempotency records live in our one table, under their own keys, removed by the table's TTL,
 * written with the functions' own DynamoDB client (bounded timeouts and retries, traced).
 */
export function idempotencyRecords(tableName: string): DynamoDBPersistenceLayer {
  return new OwnPartitionRecords({
    tableName,
    keyAttr: "pk",
    expiryAttr: "expiresAt",
    awsSdkV3Client: dynamodbClient,
  });
}

/**
 * `Idempotency-Key` on creating POSTs (Powertools idempotency over our one table): a retried
 * request with the same key and body gets the first answer and creates nothing new; the same
 * key with another body is refused. Keys are per caller and kept for a day (the table's TTL).
 * Requests without the header are not deduplicated.
 */
export function idempotentRequests(tableName: string): IdempotencyMiddleware {
  return onlyOwnRecordsDeleted(
    makeHandlerIdempotent({
      persistenceStore: idempotencyRecords(tableName),
      config: new IdempotencyConfig({
        eventKeyJmesPath: `headers."${IDEMPOTENCY_KEY_HEADER}" && join('#', [requestContext.authorizer.jwt.claims.sub, headers."${IDEMPOTENCY_KEY_HEADER}"])`,
        payloadValidationJmesPath: "body",
        throwOnNoIdempotencyKey: false,
        expiresAfterSeconds: IDEMPOTENCY_SECONDS,
      }),
    }),
  );
}

/**
 * Powertools' middleware (2.35) deletes the key's record in `onError` even when its own `before`
 * refused the request: a reused key with another body (422) deleted the first request's
 * completed record, and a duplicate sent while the first still ran (409) deleted the first's
 * in-progress lock, so the next retry ran the handler again. Found by the fuzz test; upstream
 * aws-powertools/powertools-lambda-typescript#5675. A refused request now leaves the record alone.
 */
function onlyOwnRecordsDeleted(idempotency: IdempotencyMiddleware): IdempotencyMiddleware {
  const refused = new WeakSet<MiddyRequest>();
  return {
    before: async (request: MiddyRequest) => {
      try {
        return await idempotency.before?.(request);
      } catch (error) {
        refused.add(request);
        throw error;
      }
    },
    after: idempotency.after,
    onError: async (request: MiddyRequest) => {
      if (refused.has(request)) return;
      await idempotency.onError?.(request);
    },
  };
}
