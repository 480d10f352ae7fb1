import type { DynamoDBBatchResponse } from "aws-lambda";

/** What one invocation of the handler came to. */
export type Outcome = { kind: "success" } | { kind: "function-error" } | { kind: "partial"; from: number };

/** A batch being delivered: its records and how often it has been retried as it is now. */
export interface Attempt<R> {
  records: R[];
  retries: number;
  invocations: number;
  lastError?: "Unhandled";
}

/** The event source mapping's settings that decide what happens after a failed invocation. */
export interface RetryPolicy {
  retryAttempts: number;
  bisectBatchOnError: boolean;
  /** Pause before the first retry of a failed batch; it doubles with each further retry. */
  retryDelayMs: number;
}

/** Where a batch's delivery stands after one invocation of its first pending attempt. */
export interface Progress<R> {
  /** What is still to deliver, in shard order: the first one is invoked next. */
  pending: Attempt<R>[];
  /** The invocation failed (an error, or records reported). */
  failed: boolean;
  /** Retries used up: this part goes to the on-failure destination. */
  discarded?: Attempt<R>;
  /** Wait this long before the next invocation (a retry's backoff). */
  pauseMs?: number;
}

export function firstAttempt<R>(records: R[]): Attempt<R> {
  return { records, retries: 0, invocations: 0 };
}

/**
 * The handler's answer, read as Lambda reads it. Without ReportBatchItemFailures whatever it
 * returns is ignored; with it, the lowest reported record is the checkpoint, and an identifier
 * that names no record of the batch fails the whole batch.
 */
export function outcomeOf(
  response: DynamoDBBatchResponse | undefined | null,
  sequenceNumbers: readonly (string | undefined)[],
  reportBatchItemFailures: boolean,
): Outcome {
  const reported = reportBatchItemFailures ? (response?.batchItemFailures ?? []) : [];
  if (reported.length === 0) return { kind: "success" };
  const positions = reported.map((failure) =>
    failure.itemIdentifier ? sequenceNumbers.indexOf(failure.itemIdentifier) : -1,
  );
  if (positions.some((position) => position < 0)) return { kind: "function-error" };
  return { kind: "partial", from: Math.min(...positions) };
}

/**
 * What Lambda does next with a batch, after an invocation of its first pending attempt:
 * - with a partial batch response, it retries from the first reported record ("bisected at the
 *   returned sequence number"); records before it are done, and a record further on is a new
 *   failure to count;
 * - on a function error (or an unusable response) it splits the attempt in two when
 *   `bisectBatchOnError` is set, which uses up no retry;
 * - after `retryAttempts` retries it gives the attempt up (to the on-failure destination).
 */
export function afterInvocation<R>(
  pending: readonly Attempt<R>[],
  outcome: Outcome,
  policy: RetryPolicy,
): Progress<R> {
  const [attempt, ...rest] = pending;
  if (!attempt) return { pending: [], failed: false };
  if (outcome.kind === "success") return { pending: rest, failed: false };
  const invocations = attempt.invocations + 1;
  let next: Attempt<R>;
  if (outcome.kind === "function-error") {
    if (policy.bisectBatchOnError && attempt.records.length > 1) {
      const half = Math.ceil(attempt.records.length / 2);
      const halves = [attempt.records.slice(0, half), attempt.records.slice(half)].map(firstAttempt);
      return { pending: [...halves, ...rest], failed: true };
    }
    next = { records: attempt.records, retries: attempt.retries + 1, invocations, lastError: "Unhandled" };
  } else {
    const movedOn = outcome.from > 0;
    next = {
      records: attempt.records.slice(outcome.from),
      retries: movedOn ? 1 : attempt.retries + 1,
      invocations: movedOn ? 1 : invocations,
    };
  }
  if (next.retries > policy.retryAttempts) return { pending: rest, failed: true, discarded: next };
  return { pending: [next, ...rest], failed: true, pauseMs: policy.retryDelayMs * 2 ** (next.retries - 1) };
}
