import { Agent, type IncomingHttpHeaders, request } from "node:http";
import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { stack } from "../support/local";

/** What API Gateway and the local gateway answer before any handler runs: framing and size limits. */

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  json: Record<string, unknown>;
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
afterAll(() => keepAlive.destroy());

/** node:http on one keep-alive socket, so a dropped connection shows as the next request's error. */
function send(method: string, path: string, body?: Buffer | string): Promise<Answer> {
  const api = new URL(stack.apiUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent: keepAlive,
        host: api.hostname,
        port: api.port,
        method,
        path,
        headers: body === undefined ? {} : { "content-type": "application/json" },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function expectProblem(answer: Answer, status: number) {
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
