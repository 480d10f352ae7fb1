import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./openapi";

/**
 * The one API client: openapi-fetch typed from openapi.json (client/openapi.ts), for the tests,
 * the bench, the local tools and the web apps. Paths, parameters, bodies and answers are the
 * document's: `api.GET("/cases/{number}", { params: { path: { number } } })` gives `data` as
 * the case and `error` as the problem.
 */
export type ApiClient = Client<paths>;

/** A named schema of the document: `Schema<"StaffCase">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** An operation's JSON request body: `RequestBody<"openCase">`. */
export type RequestBody<Id extends keyof operations> = operations[Id] extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** An operation's query parameters: `Query<"caseQueue">`. */
export type Query<Id extends keyof operations> = NonNullable<operations[Id]["parameters"]["query"]>;

export interface ApiClientOptions {
  /** The API's base URL (the local gateway's, the deployed stack's; "" for the page's own origin). */
  baseUrl: string;
  /** The ID token (`idToken` of `POST /sessions`) for every request; a request's own `authorization` wins. */
  token?: string | (() => string | undefined);
  /** The transport; globalThis.fetch by default. */
  fetch?: (request: Request) => Promise<Response>;
  /** More middleware after the token's (the contract check, in tests). */
  middleware?: readonly Middleware[];
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.token !== undefined) client.use(bearerToken(options.token));
  client.use(...(options.middleware ?? []));
  return client;
}

function bearerToken(token: string | (() => string | undefined)): Middleware {
  return {
    onRequest({ request }) {
      const value = typeof token === "function" ? token() : token;
      if (value && !request.headers.has("authorization")) {
        request.headers.set("authorization", `Bearer ${value}`);
      }
      return request;
    },
  };
}

/** Request headers that sign one request in: `api.GET("/me", { headers: bearer(token) })`. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/**
 * The `Idempotency-Key` of a creating request, for `params.header` where the route honours it:
 * a retry with the same key (and body) gets the first answer and creates nothing new.
 */
export function idempotencyKey(key: string = crypto.randomUUID()): { "Idempotency-Key": string } {
  return { "Idempotency-Key": key };
}
