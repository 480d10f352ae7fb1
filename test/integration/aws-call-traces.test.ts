import { createSocket } from "node:dgram";
import type { AddressInfo } from "node:net";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { LOCAL_AWS } from "#infra/local/aws";
import { tracedClient } from "#shared/aws-call-traces";
import { eventually, sleep } from "../support/eventually";
import { stack } from "../support/local";

/**
 * The subsegments of real calls to DynamoDB Local, as the X-Ray daemon would receive them: a UDP
 * socket in this worker stands in for the daemon Lambda runs beside each function.
 */
const daemon = createSocket("udp4");
const received: string[] = [];
const ROOT = "1-5759e988-bd862e3fe1be46a994272793";
const PARENT = "53995c3f42cd8ad8";

const raw = tracedClient(new DynamoDBClient({ ...LOCAL_AWS, endpoint: stack.dynamodbUrl }));
const documents = DynamoDBDocumentClient.from(raw);

beforeAll(async () => {
  daemon.on("message", (message) => received.push(message.toString()));
  await new Promise<void>((bound) => daemon.bind(0, "127.0.0.1", bound));
  vi.stubEnv("AWS_XRAY_DAEMON_ADDRESS", `127.0.0.1:${(daemon.address() as AddressInfo).port}`);
});

beforeEach(() => {
  received.length = 0;
  vi.stubEnv("_X_AMZN_TRACE_ID", `Root=${ROOT};Parent=${PARENT};Sampled=1`);
});

afterAll(() => {
  vi.unstubAllEnvs();
  daemon.close();
});

async function nextSubsegment() {
  const datagram = await eventually("a datagram", async () => received.shift());
  const [header, body] = datagram.split("\n");
  expect(JSON.parse(header ?? "")).toEqual({ format: "json", version: 1 });
  return JSON.parse(body ?? "");
}

describe("AWS call traces", () => {
  it("sends one subsegment per call, under the invocation's segment, with the call's facts", async () => {
    const before = Date.now() / 1000;
    await documents.send(new GetCommand({ TableName: stack.tableName, Key: { pk: "NONE", sk: "NONE" } }));
    const subsegment = await nextSubsegment();
    expect(subsegment).toMatchObject({
      type: "subsegment",
      namespace: "aws",
      name: "DynamoDB",
      trace_id: ROOT,
      parent_id: PARENT,
      aws: { operation: "GetItem" },
      http: { response: { status: 200 } },
    });
    expect(subsegment.id).toMatch(/^[0-9a-f]{16}$/);
    expect(subsegment.start_time).toBeGreaterThanOrEqual(before - 1);
    expect(subsegment.end_time).toBeGreaterThanOrEqual(subsegment.start_time);
    expect(subsegment.error ?? subsegment.fault).toBeUndefined();
  });

  it("marks a refused call as an error with its exception", async () => {
    await expect(
      raw.send(new GetItemCommand({ TableName: "no-such-table", Key: { pk: { S: "x" } } })),
    ).rejects.toThrow();
    const subsegment = await nextSubsegment();
    expect(subsegment).toMatchObject({
      name: "DynamoDB",
      aws: { operation: "GetItem" },
      http: { response: { status: 400 } },
      error: true,
      cause: { exceptions: [{ type: "ResourceNotFoundException" }] },
    });
    expect(subsegment.fault).toBeUndefined();
  });

  it("sends nothing when the invocation is not sampled, or not traced at all", async () => {
    for (const header of [`Root=${ROOT};Parent=${PARENT};Sampled=0`, ""]) {
      vi.stubEnv("_X_AMZN_TRACE_ID", header);
      await documents.send(new GetCommand({ TableName: stack.tableName, Key: { pk: "NONE", sk: "NONE" } }));
    }
    await sleep(200);
    expect(received).toEqual([]);
  });
});
