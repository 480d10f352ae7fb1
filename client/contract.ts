import { Ajv2020, type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { Middleware } from "openapi-fetch";

/**
 * The contract check: every answer the client gets is held against the OpenAPI document. The
 * status must be one the operation declares (its success answers and its problems), the body
 * must match that answer's schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 has it), and the
 * content type must be the declared one: application/json for JSON bodies,
 * application/problem+json for problems, text/html and text/javascript for the reference page.
 *
 * The gateway answers some requests itself, before any operation: 404 when no path of the
 * document matches, 405 when a path matches but not with that method (both only then), and 413
 * or 431 when the body or the request line and headers are over its limits (anywhere). They
 * are problems too, checked against the Problem schema and counted under GATEWAY.
 */

type Json = Record<string, unknown>;

export const GATEWAY = "(gateway)";
const GATEWAY_LIMITS = new Set([413, 431]);
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const PROBLEM = "application/problem+json";
const OPENAPI_MEMBERS = [
  "openapi",
  "info",
  "jsonSchemaDialect",
  "servers",
  "paths",
  "webhooks",
  "components",
  "security",
  "tags",
  "externalDocs",
];
const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/;

export class ContractViolation extends Error {
  override name = "ContractViolation";
}

export interface ContractTally {
  /** Validated answers by operationId; the gateway's own refusals under GATEWAY. */
  responses: Record<string, number>;
  /** What failed the check (each also failed the request that got it). */
  violations: string[];
}

export interface ContractCheck {
  /** openapi-fetch middleware: a call whose answer breaks the contract rejects with a ContractViolation. */
  middleware: Middleware;
  /** Checks one answer (what the middleware does); resolves to what it was counted under. */
  check(request: { method: string; url: string }, response: Response): Promise<string>;
  /** The tally since the last take, and a fresh one from now on. */
  take(): ContractTally;
  /** Every operationId of the document. */
  readonly operationIds: readonly string[];
}

interface Operation {
  id: string;
  method: string;
  pattern: RegExp;
  /** Fewer parameters is more specific: `/cases/queue` before `/cases/{number}`. */
  parameters: number;
  pointer: string;
}

/** A JSON pointer segment as ajv reads it inside a URI fragment. */
const segment = (key: string) => encodeURIComponent(key.replaceAll("~", "~0").replaceAll("/", "~1"));

function at(document: Json, pointer: string): Json | undefined {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, part) =>
        (node as Json | undefined)?.[decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~")],
      document,
    ) as Json | undefined;
}

function operationsOf(document: Json): Operation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  return Object.entries(paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => {
        const literals = template.split(/\{[^}]+\}/);
        return {
          id: String(operation.operationId),
          method: method.toUpperCase(),
          pattern: new RegExp(
            `^${literals.map((l) => l.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("([^/]+)")}$`,
          ),
          parameters: literals.length - 1,
          pointer: `/paths/${segment(template)}/${method}`,
        };
      }),
  );
}

/** An answer's schemas (ajv references) by media type; none when it has no body. */
type Answer = Record<string, string>;

const mediaOf = (response: Response) =>
  (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

export function contractCheck(document: Json, name = "openapi.json"): ContractCheck {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The document is added whole so that its `#/components/...` references resolve; its own
  // members are no JSON Schema keywords, and strict mode wants to hear that.
  ajv.addVocabulary(OPENAPI_MEMBERS);
  ajv.addSchema(document, name);
  const operations = operationsOf(document);
  const gatewayAnswer: Answer = { [PROBLEM]: `${name}#/components/schemas/Problem` };
  let tally: ContractTally = { responses: {}, violations: [] };

  /** The answer the operation declares for this status: its schema per media type (none: no body). */
  function declared(operation: Operation, status: number): Answer | undefined {
    const responses = at(document, `${operation.pointer}/responses`) ?? {};
    const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
    if (!key) return undefined;
    let pointer = `${operation.pointer}/responses/${segment(key)}`;
    const ref = at(document, pointer)?.$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) pointer = ref.slice(1);
    const content = (at(document, pointer)?.content ?? {}) as Json;
    return Object.fromEntries(
      Object.keys(content).map((media) => [media, `${name}#${pointer}/content/${segment(media)}/schema`]),
    );
  }

  /** What may answer when the operation does not declare the status (the gateway's refusals). */
  function undeclared(operation: Operation | undefined, onPath: boolean, where: string, status: number) {
    const gatewayStatus = operation ? undefined : onPath ? 405 : 404;
    if (status === gatewayStatus || GATEWAY_LIMITS.has(status)) return gatewayAnswer;
    throw new ContractViolation(
      operation
        ? `${where}: ${operation.id} does not declare ${status}`
        : `${where}: no operation is ${where.split(" ")[0]} on this path, so only the gateway's ${gatewayStatus} may answer`,
    );
  }

  function validateBody(where: string, answer: Answer, response: Response, text: string): void {
    const media = mediaOf(response);
    const declaredMedia = Object.keys(answer);
    if (declaredMedia.length === 0) {
      if (text.length > 0)
        throw new ContractViolation(`${where}: declares no body, got ${text.length} bytes`);
      return;
    }
    const schemaRef = answer[media];
    if (!schemaRef) {
      throw new ContractViolation(`${where}: content type "${media}", declared: ${declaredMedia.join(", ")}`);
    }
    let body: unknown = text;
    if (JSON_MEDIA.test(media)) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ContractViolation(`${where}: ${media} that is not JSON: ${text.slice(0, 200)}`);
      }
    }
    const validate = ajv.getSchema(schemaRef);
    if (!validate) throw new ContractViolation(`${where}: no schema at ${schemaRef}`);
    if (!validate(body)) {
      throw new ContractViolation(
        `${where}: the body does not match ${schemaRef}: ${errorsOf(validate.errors)}; body: ${text.slice(0, 300)}`,
      );
    }
    const status = (body as { status?: unknown }).status;
    if (media === PROBLEM && status !== response.status) {
      throw new ContractViolation(`${where}: a problem whose status member is ${String(status)}`);
    }
  }

  async function check(request: { method: string; url: string }, response: Response): Promise<string> {
    const path = new URL(request.url).pathname;
    const method = request.method.toUpperCase();
    const shown = path.length > 200 ? `${path.slice(0, 200)}… (${path.length} characters)` : path;
    const where = `${method} ${shown} → ${response.status}`;
    try {
      const onPath = operations.filter((o) => o.pattern.test(path));
      const operation = onPath
        .filter((o) => o.method === method)
        .sort((a, b) => a.parameters - b.parameters)[0];
      const answer = operation && declared(operation, response.status);
      const countAs = answer && operation ? operation.id : GATEWAY;
      validateBody(
        `${where} (${countAs})`,
        answer ?? undeclared(operation, onPath.length > 0, where, response.status),
        response,
        await response.clone().text(),
      );
      tally.responses[countAs] = (tally.responses[countAs] ?? 0) + 1;
      return countAs;
    } catch (error) {
      // Anything else here is ajv refusing a schema of the document (strict mode): a broken contract too.
      const violation =
        error instanceof ContractViolation ? error : new ContractViolation(`${where}: ${String(error)}`);
      tally.violations.push(violation.message);
      throw violation;
    }
  }

  return {
    middleware: {
      async onResponse({ request, response }) {
        await check(request, response);
      },
    },
    check,
    take() {
      const taken = tally;
      tally = { responses: {}, violations: [] };
      return taken;
    },
    operationIds: operations.map((o) => o.id),
  };
}

function errorsOf(errors: ErrorObject[] | null | undefined): string {
  return (
    (errors ?? [])
      .map((e) => `body${e.instancePath} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
      .join("; ") || "?"
  );
}
