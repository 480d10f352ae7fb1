import { randomUUID } from "node:crypto";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from "node:http";
import { resolve } from "node:path";
import type { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import { JwtVerifier } from "aws-jwt-verify";
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import type { RouteDefinition } from "#api/routes";
import { HttpProblem, problems } from "#shared/problem";
import { LOCAL_ACCOUNT } from "../aws";
import type { LocalIdentity } from "../cognito/identity";
import { lambdaContext } from "../lambda-context";
import { CONSOLE_SFN_PATH, proxyConsoleCall } from "./console-proxy";
import { type CompiledRoute, compileRoutes, matchRoute, pathParametersOf } from "./route-match";
import { verifiedTokens } from "./verified-tokens";
import { serveWebFile } from "./web-files";

/** The web apps reach the API under this prefix on their own origin; integrations use the bare paths. */
export const API_PREFIX = "/api";

/** API Gateway refuses bodies above 10 MB; locally we stop reading far earlier. */
const MAX_REQUEST_BYTES = 1024 * 1024;
/** An oversized body is read to its end (so the client sees the 413, not a reset) up to API Gateway's limit. */
const MAX_DRAINED_BYTES = 10 * 1024 * 1024;

type Handler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** Claims as the HTTP API JWT authorizer passes them: strings, arrays as "[a b]". */
export function toWireClaims(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? `[${value.join(" ")}]`
        : typeof value === "string"
          ? value
          : JSON.stringify(value),
    ]),
  );
}

const EMPTY_BODY = Buffer.alloc(0);

/**
 * The body, or a 413 once it is read to its end: answering while the client still sends and then
 * closing makes the kernel reset the connection, and the client sees ECONNRESET instead of the 413.
 * Past API Gateway's limit the reading stops (leaving the loop destroys the socket).
 */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  // HTTP/1.1 framing: no Content-Length and no Transfer-Encoding is no body (RFC 9112, 6.3), and
  // most requests are GETs: skipping the stream's async iteration saves ~50 µs of each.
  if (request.headers["content-length"] === undefined && request.headers["transfer-encoding"] === undefined)
    return EMPTY_BODY;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_REQUEST_BYTES) chunks.push(chunk as Buffer);
    else if (size > MAX_DRAINED_BYTES) break;
  }
  if (size > MAX_REQUEST_BYTES) throw problems.payloadTooLarge(MAX_REQUEST_BYTES);
  return Buffer.concat(chunks);
}

/** An answer with its length, as API Gateway sends it; without one, writeHead makes Node chunk it. */
function sendAnswer(
  response: ServerResponse,
  status: number,
  headers: Record<string, string | number | boolean>,
  body: string,
): void {
  const length = body === "" ? {} : { "content-length": Buffer.byteLength(body) };
  response.writeHead(status, { ...headers, ...length });
  response.end(body);
}

function sendProblem(response: ServerResponse, problem: HttpProblem): void {
  // After a 413 the connection is not reused: the client may have sent more than was read.
  const close: Record<string, string> = problem.status === 413 ? { connection: "close" } : {};
  sendAnswer(response, problem.status, { ...problem.headers(), ...close }, JSON.stringify(problem));
}

/**
 * Requests Node's parser refuses before there is a request object (a request line or headers
 * over `maxHeaderSize`, broken framing): problem+json like every other refusal, not Node's bare
 * status line. The socket is ended after the answer and read to its end, so the answer arrives.
 */
function refuseUnparsable(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem =
    error.code === "HPE_HEADER_OVERFLOW"
      ? problems.requestHeadersTooLarge()
      : problems.malformedRequest("The request is not valid HTTP/1.1.");
  const body = JSON.stringify(problem);
  const headers = { ...problem.headers(), "content-length": Buffer.byteLength(body), connection: "close" };
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("")}\r\n${body}`,
  );
  socket.resume();
  // A client that never closes its side must not keep the gateway from stopping.
  setTimeout(() => socket.destroy(), 5_000).unref();
}

export interface LocalGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * The HTTP API, locally: the same route table, the same JWT checks (issuer, audience,
 * expiry; groups are the handlers' business) and payload 2.0 events into the same handlers.
 */
export async function startLocalGateway(options: {
  port: number;
  routes: Record<string, RouteDefinition>;
  identity: Pick<LocalIdentity, "issuer" | "audience" | "jwks">;
  root: string;
  /** The built portal (web/build.ts), served under /portal/ next to the API (and the console under /console/). */
  webRoot?: string;
  /** The local S3's origin, which the portal's pages may PUT attachments to (their CSP says so). */
  filesOrigin?: string;
  /** The local Step Functions endpoint the executions console reads through CONSOLE_SFN_PATH. */
  stepFunctionsEndpoint?: string;
}): Promise<LocalGateway> {
  const compiled = compileRoutes(options.routes);
  const verifier = JwtVerifier.create({
    issuer: options.identity.issuer,
    audience: options.identity.audience,
  });
  verifier.cacheJwks(options.identity.jwks as Parameters<typeof verifier.cacheJwks>[0]);
  const claimsOfToken = verifiedTokens((token) => {
    // The JWKS is cached above, so the synchronous check has all it needs (and skips a promise per request).
    const payload = verifier.verifySync(token);
    return { claims: toWireClaims(payload), exp: payload.exp };
  });
  const handlers = new Map<string, Promise<Handler>>();

  function handlerFor(route: CompiledRoute): Promise<Handler> {
    let loaded = handlers.get(route.id);
    if (!loaded) {
      const url = pathToFileURL(resolve(options.root, route.route.entry)).href;
      loaded = import(url).then((module: { handler: Handler }) => module.handler);
      handlers.set(route.id, loaded);
    }
    return loaded;
  }

  function claimsOf(request: IncomingMessage): Record<string, string> {
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (!token) throw problems.unauthenticated();
    try {
      return claimsOfToken(token);
    } catch {
      throw problems.unauthenticated();
    }
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (options.stepFunctionsEndpoint && url.pathname === CONSOLE_SFN_PATH) {
      return proxyConsoleCall(request, response, options.stepFunctionsEndpoint);
    }
    if (
      options.webRoot &&
      (await serveWebFile(options.webRoot, request, response, url.pathname, options.filesOrigin))
    )
      return;
    if (url.pathname.startsWith(`${API_PREFIX}/`)) url.pathname = url.pathname.slice(API_PREFIX.length);
    const match = matchRoute(compiled, request.method, url.pathname);
    // Public routes have no authorizer in AWS either: a token, if sent, is not even looked at.
    const claims = match.route.groups === "public" ? undefined : claimsOf(request);
    const body = await readBody(request);
    const pathParameters = pathParametersOf(match, url.pathname);
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(",") : (value ?? ""),
      ]),
    );
    const query = [...url.searchParams.keys()].map((k) => [k, url.searchParams.getAll(k).join(",")] as const);
    const routeKey = `${match.route.method} ${match.route.path}`;
    const now = new Date();
    const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
      version: "2.0",
      routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(query.length > 0 ? { queryStringParameters: Object.fromEntries(query) } : {}),
      ...(match.parameterNames.length > 0 ? { pathParameters } : {}),
      ...(body.length > 0 ? { body: body.toString("utf8") } : {}),
      isBase64Encoded: false,
      requestContext: {
        accountId: LOCAL_ACCOUNT,
        apiId: "local",
        domainName: url.host,
        domainPrefix: "local",
        http: {
          method: request.method ?? "GET",
          path: url.pathname,
          protocol: `HTTP/${request.httpVersion}`,
          sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
          userAgent: request.headers["user-agent"] ?? "",
        },
        requestId: randomUUID(),
        routeKey,
        stage: "$default",
        time: now.toUTCString(),
        timeEpoch: now.getTime(),
        authorizer: { principalId: "", integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
      },
    };
    const handler = await handlerFor(match);
    const invoked = performance.now();
    const result = await handler(event, lambdaContext(match.id));
    // The handler's share of the request, like API Gateway's integrationLatency (devtools show it).
    const handlerTiming = `handler;dur=${(performance.now() - invoked).toFixed(3)}`;
    sendAnswer(
      response,
      result.statusCode ?? 200,
      { "content-type": "application/json", ...result.headers, "server-timing": handlerTiming },
      result.body ?? "",
    );
  }

  const server: Server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      if (!(error instanceof HttpProblem)) console.error("local gateway:", error);
      if (!response.headersSent)
        sendProblem(response, error instanceof HttpProblem ? error : problems.internal());
      else response.end();
    });
  });
  server.on("clientError", refuseUnparsable);
  await new Promise<void>((ready) => server.listen(options.port, "127.0.0.1", ready));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
