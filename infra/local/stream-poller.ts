import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { LOCAL_AWS } from "./emulators";

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

export interface StreamPollerOptions {
  endpoint: string;
  streamArn: string;
  handler: StreamHandler;
  intervalMs?: number;
  /** Attempts per batch before it is given up (in AWS: sent to the on-failure destination). */
  maxAttempts?: number;
  log?: (line: string) => void;
}

export interface StreamPoller {
  stop(): Promise<void>;
}

/**
 * What Lambda's event source mapping does in AWS, for DynamoDB Local: read every shard in
 * order, hand batches to the same handler, and retry from the first failed record.
 */
export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const client = new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: options.endpoint });
  const intervalMs = options.intervalMs ?? 50;
  const maxAttempts = options.maxAttempts ?? 5;
  const iterators = new Map<string, string | undefined>();
  const finishedShards = new Set<string>();
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
          ShardIteratorType: "TRIM_HORIZON",
        }),
      );
      iterators.set(shardId, ShardIterator);
    }
  }

  async function deliver(records: _Record[]): Promise<void> {
    let pending = records as unknown as DynamoDBRecord[];
    for (let attempt = 1; pending.length > 0; attempt++) {
      const { batchItemFailures } = await options.handler({ Records: pending });
      const failed = batchItemFailures[0]?.itemIdentifier;
      if (!failed) return;
      const from = pending.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
      pending = from >= 0 ? pending.slice(from) : pending;
      if (attempt >= maxAttempts) {
        options.log?.(
          `stream: giving up on ${pending.length} record(s) from ${failed} after ${attempt} attempts`,
        );
        return;
      }
      await new Promise((r) => setTimeout(r, intervalMs * 2 ** attempt));
    }
  }

  async function pollShard(shardId: string, iterator: string): Promise<void> {
    const { Records = [], NextShardIterator } = await client.send(
      new GetRecordsCommand({ ShardIterator: iterator }),
    );
    if (Records.length > 0) await deliver(Records);
    if (NextShardIterator) iterators.set(shardId, NextShardIterator);
    else {
      iterators.delete(shardId);
      finishedShards.add(shardId);
    }
  }

  async function pollOnce(): Promise<void> {
    await discoverShards();
    for (const [shardId, iterator] of iterators) {
      if (iterator) await pollShard(shardId, iterator);
    }
  }

  const loop = (async () => {
    while (running) {
      try {
        await pollOnce();
      } catch (error) {
        if (running) options.log?.(`stream: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();

  return {
    async stop() {
      running = false;
      await loop;
      client.destroy();
    },
  };
}
