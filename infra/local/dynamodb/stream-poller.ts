import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";
import { STREAM_CONSUMER_DELIVERY, type StreamConsumerDelivery } from "../../stream-consumer-delivery";
import { LOCAL_AWS, localFunctionArn } from "../aws";
import { type Attempt, afterInvocation, firstAttempt, type Outcome, outcomeOf } from "./batch-retries";
import { recordFilter } from "./stream-filter";
import { failureRecord, lambdaRecord, type StreamFailureRecord } from "./stream-records";

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined | null>;

export interface StreamPollerOptions {
  endpoint: string;
  streamArn: string;
  handler: StreamHandler;
  /** The event source mapping's settings; by default the ones deployed (infra/stream-consumer-delivery.ts). */
  delivery?: StreamConsumerDelivery;
  /** Named in the on-failure records, like the function ARN in AWS. */
  functionName?: string;
  /** Pause between polls of an idle stream. */
  intervalMs?: number;
  /** Pause before the first retry of a failed batch; it doubles with each further retry. */
  retryDelayMs?: number;
  /** Serve the mapping's state and its on-failure destination over HTTP on this port (0: any free port). */
  port?: number;
  log?: (line: string) => void;
}

export interface StreamPollerStats {
  /** Handler invocations, successful or not. */
  invocations: number;
  /** Invocations that failed: an error thrown or (with reportBatchItemFailures) a record reported. */
  failedInvocations: number;
  /** Records that reached the handler at least once (after filtering). */
  recordsDelivered: number;
  /** Records read off the stream that no filter pattern matched, so the handler never saw them. */
  recordsFilteredOut: number;
  /** Records in batches sent to the on-failure destination. */
  recordsDiscarded: number;
}

export interface StreamPoller {
  /** The on-failure destination: one record per discarded batch, oldest first. */
  failures(): readonly StreamFailureRecord[];
  stats(): StreamPollerStats;
  /** Where `GET /` (settings and counters) and `GET /failures` are served, when a port was given. */
  url?: string;
  /**
   * Stops polling once the poll in flight has finished (the promise says when); records written
   * meanwhile wait in the stream. For measurements of the request path alone: in AWS the mapping
   * polls from Lambda's side, here it would share the API's event loop.
   */
  pause(): Promise<void>;
  /** Polls again, from where it stopped. */
  resume(): void;
  stop(): Promise<void>;
}

/**
 * What Lambda's event source mapping does in AWS, for DynamoDB Local, with the deployed settings:
 * reads every shard in order, drops records no filter matches, invokes the handler with batches of
 * at most `batchSize`, and on failure
 * - with a partial batch response (`reportBatchItemFailures`), retries from the first reported
 *   record ("bisected at the returned sequence number");
 * - on a function error (or an unusable response), splits the batch in two when
 *   `bisectBatchOnError` is set; splitting uses up no retry;
 * - after `retryAttempts` retries of a record, sends the batch's location to the on-failure
 *   destination (kept in memory, logged, and served at `GET /failures`) and moves on.
 * The shard waits meanwhile, as in AWS: nothing after a failing record overtakes it.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const delivery = options.delivery ?? STREAM_CONSUMER_DELIVERY;
  const log = options.log ?? (() => {});
  const client = new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: options.endpoint });
  const intervalMs = options.intervalMs ?? 50;
  const functionName = options.functionName ?? "follow-up-stream";
  const functionArn = localFunctionArn(functionName);
  const retryPolicy = { ...delivery, retryDelayMs: options.retryDelayMs ?? 20 };
  const matches = recordFilter(delivery.filters);
  const iterators = new Map<string, string | undefined>();
  /** The last record read from each shard, to pick up after it with a fresh iterator. */
  const lastSequenceNumbers = new Map<string, string>();
  const finishedShards = new Set<string>();
  const failures: StreamFailureRecord[] = [];
  const stats: StreamPollerStats = {
    invocations: 0,
    failedInvocations: 0,
    recordsDelivered: 0,
    recordsFilteredOut: 0,
    recordsDiscarded: 0,
  };
  let running = true;

  async function discoverShards(): Promise<void> {
    const { StreamDescription } = await client.send(
      new DescribeStreamCommand({ StreamArn: options.streamArn }),
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId;
      if (!shardId || iterators.has(shardId) || finishedShards.has(shardId)) continue;
      const { ShardIterator } = await client.send(
        new GetShardIteratorCommand({
          StreamArn: options.streamArn,
          ShardId: shardId,
          ShardIteratorType: delivery.startingPosition,
        }),
      );
      iterators.set(shardId, ShardIterator);
    }
  }

  async function invoke(records: _Record[]): Promise<Outcome> {
    stats.invocations++;
    let response: DynamoDBBatchResponse | undefined | null;
    try {
      response = await options.handler({ Records: records.map((r) => lambdaRecord(r, options.streamArn)) });
    } catch (error) {
      log(`stream: the handler failed (${error instanceof Error ? error.message : String(error)})`);
      return { kind: "function-error" };
    }
    return outcomeOf(
      response,
      records.map((r) => r.dynamodb?.SequenceNumber),
      delivery.reportBatchItemFailures,
    );
  }

  /** Delivers one batch, with its retries and splits, before anything after it in the shard. */
  async function deliver(shardId: string, batch: _Record[]): Promise<void> {
    let pending = [firstAttempt(batch)];
    while (running && pending[0]) {
      const progress = afterInvocation(pending, await invoke(pending[0].records), retryPolicy);
      if (progress.failed) stats.failedInvocations++;
      if (progress.discarded) discard(shardId, progress.discarded);
      pending = progress.pending;
      if (progress.pauseMs !== undefined) await sleep(progress.pauseMs);
    }
  }

  function discard(shardId: string, attempt: Attempt<_Record>): void {
    const failure = failureRecord(attempt, {
      shardId,
      streamArn: options.streamArn,
      functionArn,
      requestId: randomUUID(),
      timestamp: new Date(),
    });
    failures.push(failure);
    stats.recordsDiscarded += attempt.records.length;
    const keys = attempt.records.map((record) => JSON.stringify(record.dynamodb?.Keys ?? {})).join(", ");
    log(
      `stream: gave up on ${attempt.records.length} record(s) ${failure.DDBStreamBatchInfo.startSequenceNumber}` +
        `..${failure.DDBStreamBatchInfo.endSequenceNumber} of ${shardId} after ${attempt.invocations} ` +
        `invocation(s) (RetryAttemptsExhausted); sent to the on-failure destination: ${keys}`,
    );
  }

  async function pollShard(shardId: string, iterator: string): Promise<void> {
    let read: Awaited<ReturnType<typeof getRecords>>;
    try {
      read = await getRecords(iterator);
    } catch (error) {
      if (!(error instanceof Error && STALE_ITERATOR.has(error.name))) throw error;
      await renewIterator(shardId, error.name);
      return;
    }
    const { Records = [], NextShardIterator } = read;
    const wanted = Records.filter(matches);
    stats.recordsFilteredOut += Records.length - wanted.length;
    stats.recordsDelivered += wanted.length;
    for (let start = 0; running && start < wanted.length; start += delivery.batchSize) {
      await deliver(shardId, wanted.slice(start, start + delivery.batchSize));
    }
    if (!running) return;
    const last = Records.at(-1)?.dynamodb?.SequenceNumber;
    if (last) lastSequenceNumbers.set(shardId, last);
    if (NextShardIterator) iterators.set(shardId, NextShardIterator);
    else {
      iterators.delete(shardId);
      finishedShards.add(shardId);
    }
  }

  function getRecords(iterator: string) {
    return client.send(new GetRecordsCommand({ ShardIterator: iterator }));
  }

  /**
   * DynamoDB Local numbers stream records across all its tables and refuses (TrimmedDataAccess)
   * an iterator taken on an empty shard once that shard's first record got a later number, which
   * happens as soon as another table with a stream is written first. Read on from the last record
   * seen, or from the oldest one, with a fresh iterator: nothing is skipped or read twice.
   */
  async function renewIterator(shardId: string, reason: string): Promise<void> {
    const after = lastSequenceNumbers.get(shardId);
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({
        StreamArn: options.streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: after }
          : { ShardIteratorType: delivery.startingPosition }),
      }),
    );
    iterators.set(shardId, ShardIterator);
    log(
      `stream: renewed the iterator of ${shardId} (${reason}), reading on ${after ? `after ${after}` : "from the start"}`,
    );
  }

  async function pollOnce(): Promise<void> {
    await discoverShards();
    for (const [shardId, iterator] of iterators) {
      if (running && iterator) await pollShard(shardId, iterator);
    }
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, running ? ms : 0));
  }

  /** While paused: resolves on resume (or stop); the loop waits on it before its next poll. */
  let paused: { resumed: Promise<void>; resume: () => void } | undefined;
  /** Resolves when the current poll (if any) has finished. */
  let pollFinished: Promise<void> = Promise.resolve();
  function resume(): void {
    const was = paused;
    paused = undefined;
    was?.resume();
  }

  const loop = (async () => {
    while (running) {
      // A loop: a pause() right after resume() must hold the loop again before it polls.
      while (paused && running) await paused.resumed;
      if (!running) break;
      const poll = pollOnce().catch((error: unknown) => {
        if (running) log(`stream: ${error instanceof Error ? error.message : String(error)}`);
      });
      pollFinished = poll;
      await poll;
      await sleep(intervalMs);
    }
  })();

  const server = options.port === undefined ? undefined : await serve(options.port);

  async function serve(port: number): Promise<{ server: Server; url: string }> {
    const http = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      const body =
        request.method !== "GET"
          ? undefined
          : path === "/failures"
            ? { failures }
            : path === "/"
              ? { streamArn: options.streamArn, functionArn, delivery, stats, failures: failures.length }
              : undefined;
      const text = JSON.stringify(body ?? { message: "GET / or GET /failures" });
      response.writeHead(body ? 200 : 404, { "content-type": "application/json" });
      response.end(text);
    });
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(port, "127.0.0.1", () => resolve());
    });
    return { server: http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  }

  return {
    failures: () => failures,
    stats: () => ({ ...stats }),
    url: server?.url,
    async pause() {
      if (!paused) {
        let resume = () => {};
        const resumed = new Promise<void>((resolve) => {
          resume = resolve;
        });
        paused = { resumed, resume };
      }
      await pollFinished;
    },
    resume,
    async stop() {
      running = false;
      resume();
      await loop;
      client.destroy();
      if (server) {
        server.server.closeAllConnections();
        await new Promise<void>((resolve) => server.server.close(() => resolve()));
      }
    },
  };
}

/** Errors after which a shard is read again with a fresh iterator rather than given up. */
const STALE_ITERATOR = new Set(["TrimmedDataAccessException", "ExpiredIteratorException"]);
