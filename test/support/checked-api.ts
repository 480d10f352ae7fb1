import { readFileSync } from "node:fs";
import {
  type Agent,
  type RequestOptions as HttpRequestOptions,
  request as httpRequest,
  type IncomingHttpHeaders,
} from "node:http";
import { type ApiClient, createApiClient } from "#client/api";
import { contractCheck } from "#client/contract";
import { countInRun } from "./contract-run";

/**
 * How the tests reach the API: the typed client with the contract check, so every answer any
 * test gets is held against openapi.json (a broken contract fails the test that got it), and
 * counted for the run's summary.
 */
export const contract = contractCheck(
  JSON.parse(readFileSync(new URL("../../openapi.json", import.meta.url), "utf8")) as Record<string, unknown>,
);
countInRun(contract.take);

/** The typed client of the API at `baseUrl`, every answer checked. */
export function checkedClient(baseUrl: string, token?: string): ApiClient {
  return createApiClient({ baseUrl, middleware: [contract.middleware], ...(token ? { token } : {}) });
}

export interface RequestOptions {
  user?: { token: string };
  token?: string;
  /** Sent as JSON with `content-type: application/json` unless a content type is given. */
  json?: unknown;
  /** Sent as is. */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** The answer must start within this many ms (default 30 s), else the request fails. */
  timeoutMs?: number;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  /** ms from sending the request to the end of the answer. */
  elapsedMs: number;
}

export type RawCall = (method: string, path: string, options?: RequestOptions) => Promise<RawAnswer>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Any request, untyped: for what no typed call sends (malformed bodies, odd media types, junk
 * paths and headers). It still goes through the client, so its answer is checked like any other;
 * the client's transport is node:http here, so the path and the headers go out exactly as given
 * (no URL normalisation, no headers of fetch's own).
 */
export function rawCaller(client: ApiClient, baseUrl: string, agent?: Agent): RawCall {
  const api = new URL(baseUrl);
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token ?? options.user?.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body = options.rawBody;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type"))
        headers["content-type"] = "application/json";
    }
    // Explicit length: Node would send a GET body unframed (no chunking by default for GET).
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    let answer: RawAnswer | undefined;
    const send = () =>
      sendExactly({ agent, host: api.hostname, port: api.port, method, path, headers }, body, options);
    await client.request(method.toLowerCase() as "get", path as "/me", {
      parseAs: "text",
      fetch: async () => {
        answer = await send();
        return responseOf(answer);
      },
    });
    return answer as RawAnswer;
  };
}

function sendExactly(
  target: HttpRequestOptions,
  body: string | Buffer | undefined,
  options: RequestOptions,
): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise<RawAnswer>((resolve, reject) => {
    const outgoing = httpRequest(
      { ...target, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: incoming.statusCode ?? 0,
            contentType: incoming.headers["content-type"] ?? "",
            headers: incoming.headers,
            text,
            json: parseJson(text),
            elapsedMs: performance.now() - started,
          });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** The answer as fetch would have given it, for the client's middleware. */
export function responseOf(answer: Pick<RawAnswer, "status" | "headers" | "text">): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, one);
    }
  }
  const bodiless = [204, 205, 304].includes(answer.status);
  return new Response(bodiless ? null : answer.text, { status: answer.status, headers });
}
