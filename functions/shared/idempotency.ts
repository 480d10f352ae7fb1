import { IdempotencyConfig } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { makeHandlerIdempotent } from "@aws-lambda-powertools/idempotency/middleware";

type IdempotencyMiddleware = ReturnType<typeof makeHandlerIdempotent>;
type MiddyRequest = Parameters<NonNullable<IdempotencyMiddleware["before"]>>[0];

/** Idempotency records live in our one table, under their own keys, removed by the table's TTL. */
export function idempotencyRecords(tableName: string): DynamoDBPersistenceLayer {
  return new DynamoDBPersistenceLayer({
    tableName,
    keyAttr: "pk",
    sortKeyAttr: "sk",
    expiryAttr: "expiresAt",
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
        eventKeyJmesPath:
          'headers."idempotency-key" && join(\'#\', [requestContext.authorizer.jwt.claims.sub, headers."idempotency-key"])',
        payloadValidationJmesPath: "body",
        throwOnNoIdempotencyKey: false,
        expiresAfterSeconds: 24 * 60 * 60,
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
