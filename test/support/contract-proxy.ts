import { createServer, type IncomingHttpHeaders, type IncomingMessage, request } from "node:http";
import type { AddressInfo } from "node:net";
import { contract, responseOf } from "./checked-api";

/**
 * A pass-through proxy in front of the API for callers that are not our client (the README
 * walkthrough's curl): every answer goes back unchanged and through the contract check too.
 * A violation cannot fail curl, so they are collected for the test to assert on.
 */
export interface ContractProxy {
  url: string;
  /** How many answers went through, and what broke the contract (call after the last request). */
  settled(): Promise<{ answers: number; violations: string[] }>;
  close(): Promise<void>;
}

const bodyOf = (message: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on("data", (chunk: Buffer) => chunks.push(chunk));
    message.on("end", () => resolve(Buffer.concat(chunks)));
    message.on("error", reject);
  });

export async function startContractProxy(target: string): Promise<ContractProxy> {
  const api = new URL(target);
  const checks: Promise<void>[] = [];
  const found: string[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const body = await bodyOf(incoming);
    const headers: IncomingHttpHeaders = { ...incoming.headers, host: api.host };
    const forwarded = request(
      { host: api.hostname, port: api.port, method: incoming.method, path: incoming.url, headers },
      async (answer) => {
        const text = (await bodyOf(answer)).toString("utf8");
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        outgoing.end(text);
        const checked = contract.check(
          { method: incoming.method ?? "GET", url: `${target}${incoming.url ?? "/"}` },
          responseOf({ status: answer.statusCode ?? 0, headers: answer.headers, text }),
        );
        checks.push(
          checked.then(
            () => undefined,
            (error: unknown) => void found.push(error instanceof Error ? error.message : String(error)),
          ),
        );
      },
    );
    forwarded.on("error", () => outgoing.destroy());
    forwarded.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async settled() {
      await Promise.all(checks);
      return { answers: checks.length, violations: found };
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
