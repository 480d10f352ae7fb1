import type { _Record } from "@aws-sdk/client-dynamodb-streams";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Attempt,
  afterInvocation,
  firstAttempt,
  type Outcome,
  outcomeOf,
  type RetryPolicy,
} from "#infra/local/dynamodb/batch-retries";
import { recordFilter } from "#infra/local/dynamodb/stream-filter";
import { failureRecord, lambdaRecord } from "#infra/local/dynamodb/stream-records";
import { STREAM_CONSUMER_DELIVERY } from "#infra/stream-consumer-delivery";
import { keys } from "#repositories/keys";
import { TABLE_DESIGN } from "#repositories/table-design";

/** The local event source mapping's decisions (infra/local/dynamodb), without a stream or a handler. */

interface Delivered {
  /** Records in the order they were finished with: delivered, or given up. */
  finished: number[];
  discarded: Attempt<number>[];
  invocations: number;
  pauses: number[];
}

/** Runs one batch through afterInvocation as the poller does, with `invoke` as the handler. */
function deliver(
  batch: readonly number[],
  invoke: (records: number[]) => Outcome,
  policy: RetryPolicy,
): Delivered {
  const result: Delivered = { finished: [], discarded: [], invocations: 0, pauses: [] };
  let pending = [firstAttempt([...batch])];
  while (pending[0]) {
    const records = pending[0].records;
    const outcome = invoke(records);
    result.invocations++;
    if (outcome.kind === "success") result.finished.push(...records);
    if (outcome.kind === "partial") result.finished.push(...records.slice(0, outcome.from));
    const progress = afterInvocation(pending, outcome, policy);
    if (progress.discarded) {
      result.discarded.push(progress.discarded);
      result.finished.push(...progress.discarded.records);
    }
    if (progress.pauseMs !== undefined) result.pauses.push(progress.pauseMs);
    pending = progress.pending;
    if (result.invocations > 10_000) throw new Error("the delivery does not end");
  }
  return result;
}

/** A handler that throws when the batch holds a poison record. */
const throwsOn = (poison: Set<number>) => (records: number[]) =>
  records.some((r) => poison.has(r)) ? ({ kind: "function-error" } as const) : ({ kind: "success" } as const);

/** A handler that reports the first poison record of the batch (and everything after it). */
const reportsFirst = (poison: Set<number>) => (records: number[]) => {
  const from = records.findIndex((r) => poison.has(r));
  return from < 0 ? ({ kind: "success" } as const) : ({ kind: "partial", from } as const);
};

const batchAndPoison = fc.integer({ min: 1, max: 10 }).chain((size) =>
  fc.record({
    batch: fc.constant([...Array(size).keys()]),
    poison: fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: size }),
  }),
);
const policies = fc.record({
  retryAttempts: fc.integer({ min: 0, max: 5 }),
  bisectBatchOnError: fc.boolean(),
  retryDelayMs: fc.constantFrom(1, 20),
});

describe("the local stream filter", () => {
  const matches = recordFilter(STREAM_CONSUMER_DELIVERY.filters);
  const image = (type: string) => ({ type: { S: type } });

  it("passes support replies written and case items changed, as the deployed filters say", () => {
    const caseKey = { [TABLE_DESIGN.sortKey]: { S: keys.case("").sk } };
    expect(matches({ eventName: "INSERT", dynamodb: { NewImage: image("support-reply") } })).toBe(true);
    expect(matches({ eventName: "INSERT", dynamodb: { NewImage: image("customer-note") } })).toBe(false);
    expect(matches({ eventName: "MODIFY", dynamodb: { NewImage: image("support-reply") } })).toBe(false);
    expect(matches({ eventName: "MODIFY", dynamodb: { Keys: caseKey } })).toBe(true);
    expect(matches({ eventName: "REMOVE", dynamodb: { Keys: caseKey } })).toBe(false);
  });

  it("matches a field exactly when its string value is listed, and never a missing or non-string field", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1 }), fc.anything(), (values, value) => {
        const passes = recordFilter([{ outer: { field: values } }]);
        const expected = typeof value === "string" && values.includes(value);
        expect(passes({ outer: { field: value } })).toBe(expected);
        expect(passes({ outer: value })).toBe(false);
        expect(passes({})).toBe(false);
      }),
    );
  });

  it("passes everything without patterns, and refuses rules it does not implement", () => {
    expect(recordFilter([])(undefined)).toBe(true);
    const prefix = [{ key: [{ prefix: "CASE" }] }] as unknown as Parameters<typeof recordFilter>[0];
    expect(() => recordFilter(prefix)).toThrow(/only exact string matches \(field key\)/);
  });
});

describe("what the handler's answer means", () => {
  const sequenceNumbers = ["100", "200", "300"];
  const reporting = (...ids: string[]) => ({
    batchItemFailures: ids.map((itemIdentifier) => ({ itemIdentifier })),
  });

  it("is a success without reported records, or when the mapping does not read reports", () => {
    expect(outcomeOf(undefined, sequenceNumbers, true)).toEqual({ kind: "success" });
    expect(outcomeOf({ batchItemFailures: [] }, sequenceNumbers, true)).toEqual({ kind: "success" });
    expect(outcomeOf(reporting("200"), sequenceNumbers, false)).toEqual({ kind: "success" });
  });

  it("checkpoints at the lowest reported record, and fails the batch for one it does not hold", () => {
    expect(outcomeOf(reporting("300", "200"), sequenceNumbers, true)).toEqual({ kind: "partial", from: 1 });
    expect(outcomeOf(reporting("200", "999"), sequenceNumbers, true)).toEqual({ kind: "function-error" });
    expect(outcomeOf(reporting(""), sequenceNumbers, true)).toEqual({ kind: "function-error" });
  });
});

describe("retries and bisection", () => {
  it("finishes with every record once, in shard order: delivered or given up", () => {
    fc.assert(
      fc.property(batchAndPoison, policies, fc.boolean(), ({ batch, poison }, policy, reports) => {
        const invoke = (reports ? reportsFirst : throwsOn)(new Set(poison));
        const { finished, invocations } = deliver(batch, invoke, policy);
        expect(finished).toEqual(batch);
        expect(invocations).toBeLessThanOrEqual(batch.length - 1 + batch.length * (policy.retryAttempts + 1));
      }),
    );
  });

  it("bisects down to each failing record and gives it up alone after 1 + retryAttempts invocations, with doubling pauses", () => {
    fc.assert(
      fc.property(batchAndPoison, policies, ({ batch, poison }, policy) => {
        const { discarded, pauses } = deliver(batch, throwsOn(new Set(poison)), {
          ...policy,
          bisectBatchOnError: true,
        });
        expect(discarded.map((attempt) => attempt.records)).toEqual(
          batch.filter((r) => poison.includes(r)).map((r) => [r]),
        );
        for (const attempt of discarded) {
          expect(attempt).toMatchObject({ invocations: policy.retryAttempts + 1, lastError: "Unhandled" });
        }
        const backoff = [...Array(policy.retryAttempts).keys()].map((n) => policy.retryDelayMs * 2 ** n);
        expect(pauses).toEqual(discarded.flatMap(() => backoff));
      }),
    );
  });

  it("without bisection gives up the whole batch that keeps failing", () => {
    const { discarded, invocations } = deliver([0, 1, 2], throwsOn(new Set([1])), {
      retryAttempts: 2,
      bisectBatchOnError: false,
      retryDelayMs: 1,
    });
    expect(discarded).toEqual([{ records: [0, 1, 2], retries: 3, invocations: 3, lastError: "Unhandled" }]);
    expect(invocations).toBe(3);
  });

  it("retries from the first reported record, and gives up the rest of the batch from there", () => {
    fc.assert(
      fc.property(batchAndPoison, policies, ({ batch, poison }, policy) => {
        const { discarded } = deliver(batch, reportsFirst(new Set(poison)), policy);
        const first = batch.find((r) => poison.includes(r));
        if (first === undefined) expect(discarded).toEqual([]);
        else {
          expect(discarded.map((attempt) => attempt.records)).toEqual([batch.slice(first)]);
          // Reaching the reported record counts as its first try, wherever it stood in the batch.
          expect(discarded[0]?.invocations).toBe(policy.retryAttempts + 1);
          expect(discarded[0]?.lastError).toBeUndefined();
        }
      }),
    );
  });
});

describe("the records the local mapping hands over and gives up", () => {
  const record = (sequenceNumber: string, at: Date): _Record => ({
    eventID: `event-${sequenceNumber}`,
    eventName: "INSERT",
    dynamodb: { SequenceNumber: sequenceNumber, ApproximateCreationDateTime: at, Keys: { pk: { S: "x" } } },
  });
  const first = new Date("2025-03-01T08:00:00.750Z");
  const last = new Date("2025-03-01T08:00:02.000Z");

  it("gives the handler Lambda's record: its source and region, times in epoch seconds", () => {
    expect(lambdaRecord(record("100", first), "arn:stream")).toEqual({
      eventID: "event-100",
      eventName: "INSERT",
      eventSource: "aws:dynamodb",
      awsRegion: "us-east-1",
      dynamodb: { SequenceNumber: "100", ApproximateCreationDateTime: 1740816000, Keys: { pk: { S: "x" } } },
      eventSourceARN: "arn:stream",
    });
  });

  it("tells the failure destination where the given-up records are, and whether the function failed", () => {
    const attempt = { records: [record("100", first), record("300", last)], retries: 6, invocations: 6 };
    const at = { shardId: "shard-1", streamArn: "arn:stream", functionArn: "arn:fn", requestId: "r-1" };
    const failure = failureRecord(attempt, { ...at, timestamp: last });
    expect(failure).toMatchObject({
      requestContext: { requestId: "r-1", functionArn: "arn:fn", approximateInvokeCount: 6 },
      timestamp: last.toISOString(),
      DDBStreamBatchInfo: {
        shardId: "shard-1",
        startSequenceNumber: "100",
        endSequenceNumber: "300",
        approximateArrivalOfFirstRecord: first.toISOString(),
        approximateArrivalOfLastRecord: last.toISOString(),
        batchSize: 2,
        streamArn: "arn:stream",
      },
    });
    expect(failure.responseContext).toEqual({ statusCode: 200, executedVersion: "$LATEST" });
    const unhandled = failureRecord({ ...attempt, lastError: "Unhandled" }, { ...at, timestamp: last });
    expect(unhandled.responseContext.functionError).toBe("Unhandled");
  });
});
