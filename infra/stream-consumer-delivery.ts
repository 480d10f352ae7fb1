import type { CASE_EVENT_TYPES } from "#repositories/case-records";
import { keys } from "#repositories/keys";
import { TABLE_DESIGN } from "#repositories/table-design";

/**
 * A Lambda event filter pattern (the EventBridge pattern syntax). Only exact-match lists are used
 * here, which is all the local stream poller implements.
 */
export interface FilterPattern {
  readonly [field: string]: readonly string[] | FilterPattern;
}

/** The event whose INSERT starts a follow-up sequence. */
const SUPPORT_REPLY: (typeof CASE_EVENT_TYPES)[number] = "support-reply";

/**
 * How the table's stream is delivered to the follow-up consumer: the one source for the
 * DynamoEventSource in AWS (infra/constructs/follow-up-workflow.ts) and for the local stream
 * poller (infra/local/dynamodb/stream-poller.ts), so a test of the local delivery tests these settings.
 */
export const STREAM_CONSUMER_DELIVERY = {
  startingPosition: "TRIM_HORIZON",
  /** Start/StopExecution calls per invocation; small, so a stuck record holds back little. */
  batchSize: 10,
  /** A record is tried 1 + retryAttempts times before its batch goes to the on-failure destination. */
  retryAttempts: 5,
  /** A batch whose invocation fails is split in two (without using up a retry) to isolate the bad record. */
  bisectBatchOnError: true,
  /** The handler names the first record it could not process; the retry starts there. */
  reportBatchItemFailures: true,
  /** Only these records reach the consumer (any one pattern matching is enough). */
  filters: [
    // A support reply was written: start its sequence.
    { eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: [SUPPORT_REPLY] } } } },
    // The case item changed: it may no longer wait on the customer, so stop the sequence.
    { eventName: ["MODIFY"], dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: [keys.case("").sk] } } } },
  ],
} as const satisfies {
  startingPosition: "TRIM_HORIZON" | "LATEST";
  batchSize: number;
  retryAttempts: number;
  bisectBatchOnError: boolean;
  reportBatchItemFailures: boolean;
  filters: readonly FilterPattern[];
};

export type StreamConsumerDelivery = Omit<typeof STREAM_CONSUMER_DELIVERY, "filters"> & {
  filters: readonly FilterPattern[];
};
