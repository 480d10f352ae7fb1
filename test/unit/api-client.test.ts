import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bearer, createApiClient, idempotencyKey } from "#client/api";
import { ContractViolation, contractCheck, GATEWAY } from "#client/contract";
import { renderOpenApiTypes } from "../../infra/openapi-typescript/types";

const documentText = readFileSync(new URL("../../openapi.json", import.meta.url), "utf8");
const document = JSON.parse(documentText) as Record<string, unknown>;

const problem = (status: number, type = "not-found") => ({
  type: `https://support-center.example/problems/${type}`,
  title: "A problem",
  status,
  detail: "What happened",
});

/** A client whose transport always gives this answer, with a contract check of its own. */
function clientAnswering(status: number, body?: unknown, contentType = "application/json") {
  const check = contractCheck(document);
  const client = createApiClient({
    baseUrl: "http://api.test",
    middleware: [check.middleware],
    fetch: async () => {
      const text = typeof body === "string" ? body : body === undefined ? null : JSON.stringify(body);
      return new Response(text, { status, headers: { "content-type": contentType } });
    },
  });
  return { client, check };
}

describe("client/openapi.ts", () => {
  it("is what `npm run docs` generates from openapi.json (run it after changing routes or schemas)", async () => {
    const committed = readFileSync(new URL("../../client/openapi.ts", import.meta.url), "utf8");
    expect(committed).toBe(await renderOpenApiTypes(documentText));
  }, 30_000);
});

describe("the typed client", () => {
  it("sends the client's token, a request's own authorization instead, and an Idempotency-Key where given", async () => {
    const sent: Request[] = [];
    const client = createApiClient({
      baseUrl: "http://api.test",
      token: "the-token",
      fetch: async (request) => {
        sent.push(request);
        return new Response(null, { status: 204 });
      },
    });

    await client.GET("/support/severities");
    await client.GET("/support/severities", { headers: bearer("another-token") });
    await client.POST("/cases/{number}/replies", {
      params: { path: { number: "00000042" }, header: idempotencyKey("key-1") },
      body: { message: "Any news?" },
    });

    expect(sent.map((r) => r.headers.get("authorization"))).toEqual([
      "Bearer the-token",
      "Bearer another-token",
      "Bearer the-token",
    ]);
    expect(sent[2]?.url).toBe("http://api.test/cases/00000042/replies");
    expect(sent[2]?.headers.get("idempotency-key")).toBe("key-1");
    expect(await sent[2]?.json()).toEqual({ message: "Any news?" });
  });
});

describe("the contract check", () => {
  it("passes and counts answers the document declares, by operation (the gateway's own refusals apart)", async () => {
    const { client, check } = clientAnswering(200, { items: [{ level: "A", meaning: "Down" }] });
    const { data } = await client.GET("/support/severities");
    const notFound = clientAnswering(404, problem(404), "application/problem+json");
    await notFound.client.GET("/cases/{number}", { params: { path: { number: "00000042" } } });
    await notFound.client.request("get", "/no/such/path" as "/me");

    expect(data?.items[0]?.level).toBe("A");
    expect(check.take()).toEqual({ responses: { severities: 1 }, violations: [] });
    expect(notFound.check.take()).toEqual({ responses: { getCase: 1, [GATEWAY]: 1 }, violations: [] });
  });

  it("fails the call on an off-schema body, naming method, path, status and what ajv found", async () => {
    const { client, check } = clientAnswering(200, { items: [{ level: "E" }] });

    const call = client.GET("/support/severities");

    await expect(call).rejects.toThrow(ContractViolation);
    await expect(call).rejects.toThrow(
      /^GET \/support\/severities → 200 \(severities\): the body does not match .*body\/items\/0 must have required property 'meaning'.*body\/items\/0\/level must be equal to one of the allowed values/,
    );
    expect(check.take().violations).toHaveLength(1);
  });

  it("fails the call on a status the operation does not declare", async () => {
    const { client } = clientAnswering(418, problem(418, "teapot"), "application/problem+json");

    await expect(client.GET("/cases/{number}", { params: { path: { number: "00000042" } } })).rejects.toThrow(
      "GET /cases/00000042 → 418: getCase does not declare 418",
    );
  });

  it("fails the call on the wrong content type: a problem as plain JSON, a JSON answer as HTML", async () => {
    const asJson = clientAnswering(404, problem(404));
    const asHtml = clientAnswering(200, { items: [] }, "text/html");

    await expect(
      asJson.client.GET("/cases/{number}", { params: { path: { number: "00000042" } } }),
    ).rejects.toThrow('content type "application/json", declared: application/problem+json');
    await expect(asHtml.client.GET("/support/severities")).rejects.toThrow(
      'content type "text/html", declared: application/json',
    );
  });

  it("fails a problem whose status member is not the answer's, and a body where none is declared", async () => {
    const mismatched = clientAnswering(404, problem(400), "application/problem+json");
    const bodyOn204 = contractCheck(document);

    await expect(
      mismatched.client.GET("/cases/{number}", { params: { path: { number: "00000042" } } }),
    ).rejects.toThrow("a problem whose status member is 400");
    await expect(
      bodyOn204.check(
        { method: "POST", url: "http://api.test/sessions/sign-out" },
        new Response("{}", { status: 200, headers: { "content-type": "application/json" } }),
      ),
    ).rejects.toThrow("signOut does not declare 200");
  });

  it("takes the gateway's 404 only where no path matches and its 405 only where the path matches another method", async () => {
    const check = contractCheck(document);
    const answer = (status: number) =>
      new Response(JSON.stringify(problem(status)), {
        status,
        headers: { "content-type": "application/problem+json" },
      });

    await expect(check.check({ method: "GET", url: "http://api.test/nowhere" }, answer(404))).resolves.toBe(
      GATEWAY,
    );
    await expect(check.check({ method: "DELETE", url: "http://api.test/cases" }, answer(405))).resolves.toBe(
      GATEWAY,
    );
    await expect(
      check.check({ method: "DELETE", url: "http://api.test/cases" }, answer(404)),
    ).rejects.toThrow("only the gateway's 405 may answer");
    await expect(check.check({ method: "GET", url: "http://api.test/nowhere" }, answer(405))).rejects.toThrow(
      "only the gateway's 404 may answer",
    );
  });
});
