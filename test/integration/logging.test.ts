import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROUTES } from "../../functions/api/routes";
import { type LocalGateway, startLocalGateway } from "../../infra/local/gateway";
import { freePort } from "../../infra/local/ports";
import { REPOSITORY_ROOT } from "../../infra/local/stack";
import { newUser, stack, type TestUser, VALID_CASE } from "../support/local";

/**
 * The handlers' own log lines, as CloudWatch would get them: a gateway in this worker runs the
 * handlers here (against the shared emulators), so their stdout can be read.
 */
let gateway: LocalGateway;
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

async function call(method: string, path: string, user: TestUser, json?: unknown) {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

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
    const opened = await call("POST", "/cases", customer, {
      ...VALID_CASE,
      description: secretWords,
      contact: { company: "Initech", email: customer.email, alternatePhone: "+86 10 5555 0101" },
    });
    expect(opened.status).toBe(201);
    const caseNumber = String(opened.body.caseNumber);
    await call("POST", `/cases/${caseNumber}/replies`, agent, { message: `About ${secretWords}` });
    await call("POST", `/cases/${caseNumber}/notes`, customer, { message: `Still ${secretWords}` });
    const refused = await call("GET", "/cases/99999999", customer);
    expect(refused.status).toBe(404);

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
