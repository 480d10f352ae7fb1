import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import type { InitializeMiddleware, MetadataBearer, MiddlewareStack } from "@smithy/types";
import { indexesOf, itemBytes } from "./item-size";

/** DynamoDB operations that accept ReturnConsumedCapacity. */
const READS = new Set(["GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"]);
const WRITES = new Set(["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"]);

export interface Consumption {
  readUnits: number;
  writeUnits: number;
  /**
   * Write units with each TransactWriteItems recomputed from item sizes (DynamoDB Local reports a
   * transaction of several items as if it had one): 2 per KB per item, plus 1 per KB per index it is in.
   */
  estimatedWriteUnits: number;
  /** The operations, in order, e.g. "GetItem 0.5". */
  calls: string[];
  /** Calls that came back without ConsumedCapacity although it was asked for. */
  unreported: number;
}

const empty = (): Consumption => ({
  readUnits: 0,
  writeUnits: 0,
  estimatedWriteUnits: 0,
  calls: [],
  unreported: 0,
});

type Key = Record<string, unknown>;
/** Reads an item without being metered (a separate client): the size of what an update wrote. */
export type ItemLookup = (tableName: string, key: Key) => Promise<Record<string, unknown> | undefined>;

interface TransactItem {
  Put?: { TableName?: string; Item?: Record<string, unknown> };
  Update?: { TableName?: string; Key?: Key };
  Delete?: { TableName?: string; Key?: Key };
  ConditionCheck?: { TableName?: string; Key?: Key };
}

/** What AWS would bill for a committed TransactWriteItems, from the items as they are now. */
async function transactionEstimate(items: TransactItem[], lookup: ItemLookup): Promise<number> {
  let units = 0;
  for (const item of items) {
    const target = item.Update ?? item.Delete ?? item.ConditionCheck;
    const written =
      item.Put?.Item ??
      (target?.TableName && target.Key ? await lookup(target.TableName, target.Key) : undefined);
    const kilobytes = Math.max(1, Math.ceil(itemBytes(written ?? {}) / 1024));
    const indexes = item.ConditionCheck || item.Delete || !written ? 0 : indexesOf(written);
    units += 2 * kilobytes + indexes * kilobytes;
  }
  return units;
}

/** "GetItemCommand" or "GetCommand" (document client) to the DynamoDB operation name. */
function operationOf(commandName: unknown): string {
  const name = String(commandName ?? "").replace(/Command$/, "");
  const documentNames: Record<string, string> = {
    Get: "GetItem",
    Put: "PutItem",
    Update: "UpdateItem",
    Delete: "DeleteItem",
    BatchGet: "BatchGetItem",
    BatchWrite: "BatchWriteItem",
    TransactGet: "TransactGetItems",
    TransactWrite: "TransactWriteItems",
  };
  return documentNames[name] ?? name;
}

function unitsOf(consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number | undefined {
  if (consumed === undefined) return undefined;
  const list = Array.isArray(consumed) ? consumed : [consumed];
  return list.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
}

/** A client the handlers of this process share: the document client or the read client. */
type MeteredClient = { middlewareStack: MiddlewareStack<object, MetadataBearer> };

/**
 * A middleware on the handlers' shared clients (the ones every handler of this process uses) that
 * asks for ReturnConsumedCapacity=TOTAL on each operation while measuring and adds up what comes
 * back. Production code is unchanged: the middleware lives in the benchmark process only and
 * passes everything through untouched while not measuring.
 */
export function consumedCapacityMeter(lookup: ItemLookup) {
  let current: Consumption | undefined;
  const metered: InitializeMiddleware<object, MetadataBearer> = (next, context) => async (args) => {
    const operation = operationOf(context.commandName);
    const meter = current;
    if (!meter || !(READS.has(operation) || WRITES.has(operation))) return next(args);
    const input: Record<string, unknown> = { ...(args.input as object), ReturnConsumedCapacity: "TOTAL" };
    const result = await next({ ...args, input });
    const units = unitsOf((result.output as { ConsumedCapacity?: ConsumedCapacity }).ConsumedCapacity);
    const transactItems = operation === "TransactWriteItems" ? (input.TransactItems as TransactItem[]) : [];
    const estimate = transactItems.length > 0 ? await transactionEstimate(transactItems, lookup) : units;
    if (units === undefined) meter.unreported++;
    else if (READS.has(operation)) meter.readUnits += units;
    else meter.writeUnits += units;
    if (WRITES.has(operation)) meter.estimatedWriteUnits += estimate ?? 0;
    const detail = transactItems.length > 0 ? `(${transactItems.length} items, est. ${estimate})` : "";
    meter.calls.push(`${operation}${detail} ${units ?? "?"}`);
    return result;
  };
  return {
    /** Meters this client's calls from now on (a client with cacheMiddleware: before its first call). */
    watch(client: MeteredClient): void {
      client.middlewareStack.add(metered, {
        step: "initialize",
        name: "benchConsumedCapacity",
        priority: "high",
      });
    },
    /** Measures what one piece of work (one API request) consumes. */
    async measure<T>(work: () => Promise<T>): Promise<[T, Consumption]> {
      const consumption = empty();
      current = consumption;
      try {
        return [await work(), consumption];
      } finally {
        current = undefined;
      }
    },
  };
}
