import { exportJWK, generateKeyPair } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES, type RouteDefinition } from "#api/routes";
import { signToken } from "#infra/local/cognito/identity";
import type { Group } from "#shared/caller";
import { realUser } from "../support/accounts";
import { api, openCase, stack, type TestUser } from "../support/local";

type CallerKind = "anonymous" | "owner" | "other customer" | "agent" | "admin";

const GROUPS_OF: Record<Exclude<CallerKind, "anonymous">, Group[]> = {
  owner: ["customer"],
  "other customer": ["customer"],
  agent: ["agent"],
  admin: ["admin"],
};

/** What the route table promises each kind of caller: the matrix is derived, never listed by hand. */
function expectedAnswer(route: RouteDefinition, kind: CallerKind): "401" | "403" | "404" | "served" {
  if (route.groups === "public") return "served";
  if (kind === "anonymous") return "401";
  if (!GROUPS_OF[kind].some((group) => (route.groups as readonly Group[]).includes(group))) return "403";
  // A case that belongs to someone else does not exist for a customer.
  if (kind === "other customer" && route.path.includes("{number}")) return "404";
  return "served";
}

/**
 * Bodies that pass validation, for routes where the answer must come from the ownership check
 * rather than from validation. Any other route gets `{}`: refused by validation, so nothing
 * changes, which still proves the gate let the caller through.
 */
const VALID_BODIES: Partial<Record<string, object>> = {
  addCustomerNote: { message: "Any news?" },
  replyToCase: { message: "We are looking into it." },
  withdrawCase: {},
  rateCase: { score: 5 },
  addAttachment: { fileName: "log.txt", contentType: "text/plain", sizeBytes: 10 },
};

describe("authorization matrix, generated from the route table", () => {
  it("has a valid body for every customer route on a case, so ownership is what decides", () => {
    const needBodies = Object.entries(ROUTES).filter(
      ([, r]) =>
        r.method !== "GET" && r.path.includes("{number}") && expectedAnswer(r, "other customer") === "404",
    );
    expect(needBodies.map(([id]) => id).filter((id) => !VALID_BODIES[id])).toEqual([]);
  });

  const callers = {} as Record<CallerKind, TestUser | undefined>;
  let caseNumber = "";

  beforeAll(async () => {
    const [owner, other, agent, admin] = await Promise.all([
      realUser(GROUPS_OF.owner),
      realUser(GROUPS_OF["other customer"]),
      realUser(GROUPS_OF.agent),
      realUser(GROUPS_OF.admin),
    ]);
    Object.assign(callers, { anonymous: undefined, owner, "other customer": other, agent, admin });
    caseNumber = await openCase(owner);
  });

  const cells = Object.entries(ROUTES).flatMap(([id, route]) =>
    (["anonymous", "owner", "other customer", "agent", "admin"] as const).map(
      (kind) => [`${route.method} ${route.path}`, kind, id, expectedAnswer(route, kind)] as const,
    ),
  );

  it.each(cells)("%s as %s", async (_, kind, id, expected) => {
    const route: RouteDefinition = ROUTES[id as keyof typeof ROUTES];
    const path = route.path.replace("{number}", caseNumber);
    const json = route.method === "GET" ? undefined : (VALID_BODIES[id] ?? {});
    const answer = await api(route.method, path, { user: callers[kind], json });

    if (expected === "served") expect([401, 403, 404]).not.toContain(answer.status);
    else expect(answer.status).toBe(Number(expected));
    if (answer.status >= 400) expect(answer.contentType).toBe("application/problem+json");
  });
});

describe("tokens the gateway must refuse", () => {
  const subject = { sub: "user-1", email: "user-1@example.com", groups: ["customer"] as Group[] };

  it("accepts a well-formed token (the control case)", async () => {
    expect((await api("GET", "/cases", { token: await signToken(stack.identity, subject) })).status).toBe(
      200,
    );
  });

  it("refuses a token once it expires, though it was accepted before (verified tokens are kept only until then)", async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await signToken(stack.identity, subject, { expiresIn: exp });
    expect((await api("GET", "/cases", { token })).status).toBe(200);
    await new Promise((past) => setTimeout(past, exp * 1000 - Date.now() + 50));
    const answer = await api("GET", "/cases", { token });
    expect(answer.status).toBe(401);
    expect(answer.contentType).toBe("application/problem+json");
  });

  it.each([
    ["expired", () => signToken(stack.identity, subject, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    [
      "from another issuer",
      () => signToken(stack.identity, subject, { issuer: "http://127.0.0.1:1/elsewhere" }),
    ],
    ["for another audience", () => signToken(stack.identity, subject, { audience: "another-app-client" })],
    [
      "tampered with (groups raised after signing)",
      async () => {
        const [header, , signature] = (await signToken(stack.identity, subject)).split(".");
        const raised = Buffer.from(
          JSON.stringify({
            ...subject,
            "cognito:groups": ["admin"],
            iss: stack.identity.issuer,
            aud: stack.identity.audience,
            exp: Math.floor(Date.now() / 1000) + 600,
          }),
        ).toString("base64url");
        return `${header}.${raised}.${signature}`;
      },
    ],
    [
      "signed with another key under the same key id",
      async () => {
        const { privateKey } = await generateKeyPair("RS256", { extractable: true });
        const privateJwk = {
          ...(await exportJWK(privateKey)),
          kid: stack.identity.privateJwk.kid,
          alg: "RS256",
        };
        return signToken({ ...stack.identity, privateJwk }, subject);
      },
    ],
    ["not a JWT at all", async () => "not-a-token"],
  ])("401 for a token %s", async (_, token) => {
    const answer = await api("GET", "/cases", { token: await token() });
    expect(answer.status).toBe(401);
    expect(answer.contentType).toBe("application/problem+json");
  });
});
