import { randomUUID } from "node:crypto";
import {
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { LOCAL_AWS } from "#infra/local/aws";
import { caseWithEventsQuery } from "#repositories/cases/load-case-with-events";
import { marshalledQuery } from "#repositories/item-queries";
import { keys } from "#repositories/keys";
import { BENCH_CASE, type BenchUser, onCase, openCase } from "./api-client";
import { balancedOrder, designRounds } from "./balanced-order";
import { percentile, timed } from "./stats";

export interface LatencySeries {
  name: string;
  samples: number[];
  errors: number;
}

export const summary = (series: LatencySeries) => ({
  p50: percentile(series.samples, 50),
  p99: percentile(series.samples, 99),
});

/** The raw transaction without the counter: case and event only. */
export const RAW_CASE_AND_EVENT = "TransactWriteItems (case, event)";

/** The raw Query GET /cases/{n}'s handler makes. */
export const RAW_CASE_QUERY = "Query (case and its events)";

/** A raw round trip to the same DynamoDB Local, with a fresh client outside the handlers. */
function rawDynamoDb(endpoint: string, tableName: string) {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  // The bench is the only writer of its counter, so it knows the value each write will see.
  let lastNumber = 0;
  return {
    client,
    getItem: (caseNumber: string) =>
      client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: { pk: { S: keys.case(caseNumber).pk }, sk: { S: keys.case(caseNumber).sk } },
        }),
      ),
    /** The read GET /cases/{n} makes (the same input), sent with the raw client. */
    queryCaseWithEvents: (caseNumber: string) =>
      client.send(new QueryCommand(marshalledQuery(caseWithEventsQuery(tableName, caseNumber)))),
    /**
     * Shaped like intake's write: the case-number counter taken on condition of the value seen
     * (a counter of the bench's own, so the API's numbers stay as they are), a new case item with
     * both index keys, conditional, and its first event. `withCounter: false` leaves the counter
     * out, the shape intake wrote before the counter moved into its transaction.
     */
    transactWrite: async ({ withCounter }: { withCounter: boolean }) => {
      const id = `BENCH#${randomUUID()}`;
      const now = new Date().toISOString();
      const text = (value: string) => ({ S: value });
      const counter = {
        Update: {
          TableName: tableName,
          Key: { pk: text("BENCH#CASE_NUMBER_COUNTER"), sk: text("COUNTER") },
          UpdateExpression: "SET lastNumber = :next",
          ConditionExpression: "attribute_not_exists(lastNumber) OR lastNumber = :seen",
          ExpressionAttributeValues: {
            ":next": { N: String(lastNumber + 1) },
            ":seen": { N: String(lastNumber) },
          },
        },
      };
      const written = await client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            ...(withCounter ? [counter] : []),
            {
              Put: {
                TableName: tableName,
                Item: {
                  pk: text(id),
                  sk: text("CASE"),
                  gsi1pk: text(`BENCH#${id}`),
                  gsi1sk: text(id),
                  gsi2pk: text("BENCH"),
                  gsi2sk: text(`${now}#${id}`),
                  ...Object.fromEntries(Object.entries(BENCH_CASE).map(([k, v]) => [k, text(v)])),
                  status: text("awaiting_support"),
                  createdAt: text(now),
                  updatedAt: text(now),
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: { pk: text(id), sk: text(`EVENT#${now}`), type: text("case-opened"), at: text(now) },
              },
            },
          ],
        }),
      );
      // Only once it committed: a failed write leaves the counter where the next one will see it.
      if (withCounter) lastNumber++;
      return written;
    },
  };
}

/** The series of an API route's handler alone: its share of each request, from Server-Timing. */
export const handlerSeries = (route: string) => `${route}, its handler`;

/** What the local gateway says the handler took (its Server-Timing), or undefined. */
function handlerMs(response: Response): number | undefined {
  const duration = /handler;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1];
  return duration === undefined ? undefined : Number(duration);
}

/** One measured request: whether it succeeded, and for an API request its handler's share. */
type Step = () => Promise<{ ok: boolean; handler?: number }>;

/**
 * p50/p99 of GET /cases/{n} and POST /cases through the local gateway (and of their handlers
 * alone) and of the raw DynamoDB round trips they are compared with (GetItem, the Query the GET
 * makes, the two transactions); one request at a time, all kinds interleaved in every round so
 * that a noisy moment affects all of them alike, in a balanced order (balanced-order.ts: each
 * kind after each other kind equally often). Warm-up rounds are not recorded; the recorded ones
 * are rounded up to whole designs, and their number is returned.
 */
export async function measureLatency(options: {
  customer: BenchUser;
  dynamodbUrl: string;
  tableName: string;
  warmup: number;
  rounds: number;
}): Promise<{ series: LatencySeries[]; rounds: number }> {
  const { customer } = options;
  const raw = rawDynamoDb(options.dynamodbUrl, options.tableName);
  const caseNumber = await openCase(customer);
  const api = async (answer: Promise<{ response: Response }>, status: number) => {
    const { response } = await answer;
    return { ok: response.status === status, handler: handlerMs(response) };
  };
  const kinds: [string, Step][] = [
    ["GetItem", async () => ({ ok: Boolean((await raw.getItem(caseNumber)).Item) })],
    [
      RAW_CASE_QUERY,
      async () => ({ ok: Boolean((await raw.queryCaseWithEvents(caseNumber)).Items?.length) }),
    ],
    ["GET /cases/{n}", () => api(customer.api.GET("/cases/{number}", onCase(caseNumber)), 200)],
    ["TransactWriteItems", async () => ({ ok: Boolean(await raw.transactWrite({ withCounter: true })) })],
    [RAW_CASE_AND_EVENT, async () => ({ ok: Boolean(await raw.transactWrite({ withCounter: false })) })],
    ["POST /cases", () => api(customer.api.POST("/cases", { body: BENCH_CASE }), 201)],
  ];
  const series = new Map<string, LatencySeries>();
  const record = (name: string, sample: number | undefined) => {
    const target = series.get(name) ?? { name, samples: [], errors: 0 };
    series.set(name, target);
    if (sample === undefined) target.errors++;
    else target.samples.push(sample);
  };
  const rounds = Math.ceil(options.rounds / designRounds(kinds.length)) * designRounds(kinds.length);
  for (let round = 0; round < options.warmup + rounds; round++) {
    // An untimed read between rounds: else the last kind of a round would always come just
    // before the same first kind of the next one (the design balances the pairs inside rounds).
    if (round > 0) await raw.getItem(caseNumber);
    for (const kind of balancedOrder(kinds.length, round)) {
      const [name, step] = kinds[kind] ?? [];
      if (!name || !step) continue;
      const [outcome, elapsed] = await timed(() => step().catch(() => ({ ok: false, handler: undefined })));
      if (round < options.warmup) continue;
      record(name, outcome.ok ? elapsed : undefined);
      if (outcome.handler !== undefined) record(handlerSeries(name), outcome.handler);
    }
  }
  raw.client.destroy();
  return { series: [...series.values()], rounds };
}
