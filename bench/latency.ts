import { randomUUID } from "node:crypto";
import { DynamoDBClient, GetItemCommand, TransactWriteItemsCommand } from "@aws-sdk/client-dynamodb";
import { LOCAL_AWS } from "#infra/local/aws";
import { keys } from "#repositories/keys";
import { BENCH_CASE, type BenchUser, onCase, openCase } from "./api-client";
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

/**
 * p50/p99 of GET /cases/{n} and POST /cases through the local gateway and of the raw DynamoDB
 * round trips they are compared with; one request at a time, all kinds interleaved in every round
 * so that a noisy moment affects all of them alike. Warm-up rounds are not recorded.
 */
export async function measureLatency(options: {
  customer: BenchUser;
  dynamodbUrl: string;
  tableName: string;
  warmup: number;
  rounds: number;
}): Promise<LatencySeries[]> {
  const { customer } = options;
  const raw = rawDynamoDb(options.dynamodbUrl, options.tableName);
  const caseNumber = await openCase(customer);
  const series = ["GetItem", "GET /cases/{n}", "TransactWriteItems", RAW_CASE_AND_EVENT, "POST /cases"].map(
    (name): LatencySeries => ({ name, samples: [], errors: 0 }),
  );
  const steps: (() => Promise<boolean>)[] = [
    async () => Boolean((await raw.getItem(caseNumber)).Item),
    async () => (await customer.api.GET("/cases/{number}", onCase(caseNumber))).response.status === 200,
    async () => Boolean(await raw.transactWrite({ withCounter: true })),
    async () => Boolean(await raw.transactWrite({ withCounter: false })),
    async () => (await customer.api.POST("/cases", { body: BENCH_CASE })).response.status === 201,
  ];
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    // Each round starts one kind later, so every kind runs in every place of the round alike:
    // the stream work a POST leaves behind slows whatever comes next, and that must not always be one kind.
    for (let place = 0; place < steps.length; place++) {
      const i = (place + round) % steps.length;
      const step = steps[i];
      const target = series[i];
      if (!step || !target) continue;
      const [ok, elapsed] = await timed(() => step().catch(() => false));
      if (round < options.warmup) continue;
      if (ok) target.samples.push(elapsed);
      else target.errors++;
    }
  }
  raw.client.destroy();
  return series;
}
