import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROUTES } from "#api/routes";
import { type ApiClient, bearer } from "#client/api";
import { type LocalGateway, startLocalGateway } from "#infra/local/gateway/server";
import { freePort } from "#infra/local/ports";
import { REPOSITORY_ROOT } from "#infra/repository";
import { checkedClient } from "../support/checked-api";
import { newUser, stack, VALID_CASE } from "../support/local";

/**
 * The handlers' own log lines, as CloudWatch would get them: a gateway in this worker runs the
 * handlers here (against the shared emulators), so their stdout can be read.
 */
let gateway: LocalGateway;
/** The typed client of this file's gateway, every answer checked against openapi.json. */
let api: ApiClient;
const written: string[] = [];

beforeAll(async () => {
  // Loggers read the level when the handlers load, on the gateway's first request.
  vi.stubEnv("POWERTOOLS_LOG_LEVEL", "INFO");
  gateway = await startLocalGateway({
    port: await freePort(),
    routes: ROUTES,
    identity: stack.identity,
    root: REPOSITORY_ROOT,
  });
  api = checkedClient(gateway.url);
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await gateway.close();
});

function logLines(): Record<string, unknown>[] {
  return written
    .flatMap((chunk) => chunk.split("\n"))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => "level" in line);
}

describe("handler logs", () => {
  it("carry the request id, route and case number, and none of the customer's words or address", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const secretWords = `E-${crypto.randomUUID()} happens on host db-prod-7`;
    const opened = await api.POST("/cases", {
      body: {
        ...VALID_CASE,
        description: secretWords,
        contact: { company: "Initech", email: customer.email, alternatePhone: "+86 10 5555 0101" },
      },
      headers: bearer(customer.token),
    });
    expect(opened.response.status).toBe(201);
    const caseNumber = opened.data!.caseNumber;
    const onCase = { params: { path: { number: caseNumber } } };
    await api.POST("/cases/{number}/replies", {
      ...onCase,
      body: { message: `About ${secretWords}` },
      headers: bearer(agent.token),
    });
    await api.POST("/cases/{number}/notes", {
      ...onCase,
      body: { message: `Still ${secretWords}` },
      headers: bearer(customer.token),
    });
    const refused = await api.GET("/cases/{number}", {
      params: { path: { number: "99999999" } },
      headers: bearer(customer.token),
    });
    expect(refused.response.status).toBe(404);

    const lines = logLines();
    const openedLine = lines.find((l) => l.message === "case opened");
    expect(openedLine).toMatchObject({
      level: "INFO",
      service: "support-center",
      route: "POST /cases",
      caseNumber,
      function_name: "openCase",
    });
    expect(openedLine?.correlation_id).toEqual(expect.any(String));
    expect(openedLine?.function_request_id).toEqual(expect.any(String));
    expect(lines.find((l) => l.message === "request refused")).toMatchObject({
      route: "GET /cases/{number}",
      caseNumber: "99999999",
      status: 404,
    });

    const everything = written.join("");
    for (const personal of [customer.email, secretWords, "Initech", "+86 10 5555 0101", customer.token]) {
      expect(everything).not.toContain(personal);
    }
  });
});
