import { Agent } from "node:http";
import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { type RawAnswer, rawCaller } from "../support/checked-api";
import { client, stack } from "../support/local";

/** What API Gateway and the local gateway answer before any handler runs: framing and size limits. */

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
afterAll(() => keepAlive.destroy());

/** One keep-alive socket, so a dropped connection shows as the next request's error. */
const call = rawCaller(client, stack.apiUrl, keepAlive);
const send = (method: string, path: string, body?: string) =>
  call(
    method,
    path,
    body === undefined ? {} : { rawBody: body, headers: { "content-type": "application/json" } },
  );

function expectProblem(answer: RawAnswer, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.headers["content-type"]).toBe("application/problem+json");
  expect(answer.json).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
}

describe("the local gateway's own refusals", () => {
  it("413 problem+json for a body over 1 MB, closing the connection so the next request on the agent succeeds", async () => {
    const oversized = await send("POST", "/accounts", `{"firstName":"${"x".repeat(2 * 1024 * 1024)}"}`);
    // The next request on the agent: a fresh socket, not ECONNRESET on a dropped one.
    const next = await send("POST", "/accounts", "{}");

    expectProblem(oversized, 413);
    expect(oversized.headers.connection).toBe("close");
    expectProblem(next, 400);
  });

  it("431 problem+json for a request line over Node's header limit, instead of a bare status line", async () => {
    const answer = await send("GET", `/cases/${"9".repeat(20 * 1024)}`);
    const next = await send("POST", "/accounts", "{}");

    expectProblem(answer, 431);
    expect(answer.headers.connection).toBe("close");
    expectProblem(next, 400);
  });

  it("400 problem+json for bytes that are not HTTP", async () => {
    const api = new URL(stack.apiUrl);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(api.port), api.hostname, () => socket.end("NOT HTTP AT ALL\r\n\r\n"));
      const chunks: Buffer[] = [];
      socket.on("data", (chunk: Buffer) => chunks.push(chunk));
      socket.on("error", reject);
      socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
    });
    const [head = "", body = ""] = raw.split("\r\n\r\n");

    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head.toLowerCase()).toContain("content-type: application/problem+json");
    expect(JSON.parse(body)).toMatchObject({ status: 400, title: expect.any(String) });
  });
});

describe("the local gateway's framing of a handler's answer", () => {
  it("sends the body with its length, as API Gateway does, not chunked", async () => {
    const answer = await send("POST", "/accounts", "{}");

    expectProblem(answer, 400);
    expect(answer.headers["transfer-encoding"]).toBeUndefined();
    expect(answer.headers["content-length"]).toBe(String(Buffer.byteLength(answer.text)));
  });

  it("says how long the handler took in Server-Timing, as API Gateway logs integrationLatency", async () => {
    const answer = await send("POST", "/accounts", "{}");

    const [, duration] =
      /^handler;dur=(\d+\.\d{3})$/.exec(String(answer.headers["server-timing"] ?? "")) ?? [];
    expect(Number(duration)).toBeGreaterThan(0);
    // Its own refusals run no handler, so they carry no timing.
    expect((await send("GET", "/me")).headers["server-timing"]).toBeUndefined();
  });

  it("sends its own refusals with their length too", async () => {
    const answer = await send("GET", "/me");

    expectProblem(answer, 401);
    expect(answer.headers["transfer-encoding"]).toBeUndefined();
    expect(answer.headers["content-length"]).toBe(String(Buffer.byteLength(answer.text)));
  });
});
