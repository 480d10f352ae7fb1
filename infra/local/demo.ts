import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { DEMO_CUSTOMER_SERIALS, DEMO_RELEASES, demoLicenses } from "./demo-catalog";
import { createDemoUsers, DEMO_USERS, type DemoUser } from "./demo-data";
import type { LocalStack } from "./stack";

export interface Demo {
  /** ID tokens of the demo users, by name (CUSTOMER, AGENT, ADMIN). */
  tokens: Record<DemoUser["name"], string>;
  /** The demo case, open and waiting for support. */
  caseNumber: string;
}

/**
 * What `npm start` puts on a fresh stack, through the API like any client: the demo users
 * (signed in), the demo catalog and releases, the customer's serials and a demo case; and
 * `envFile` for the README's `source .local/tokens.env`. The README walkthrough test runs on
 * exactly this.
 */
export async function setUpDemo(stack: LocalStack, envFile: string): Promise<Demo> {
  await createDemoUsers(stack);
  const tokens = Object.fromEntries(
    await Promise.all(DEMO_USERS.map(async (u) => [u.name, await signIn(stack, u)] as const)),
  ) as Demo["tokens"];
  writeEnvFile(envFile, {
    ...Object.fromEntries(Object.entries(tokens).map(([name, token]) => [`${name}_TOKEN`, token])),
    API: stack.apiUrl,
    MAIL_VIEWER: stack.sesUrl,
    // `npm run follow-ups` reads the local Step Functions endpoint from here.
    AWS_ENDPOINT_URL_SFN: stack.stepFunctionsUrl,
  });

  const call = (token: string, method: string, path: string, body: unknown) =>
    callApi(stack, token, method, path, body);
  await call(tokens.ADMIN, "POST", "/admin/licenses", { licenses: demoLicenses() });
  for (const release of DEMO_RELEASES) {
    const content = `demo installer ${release.build}\n`;
    const published = await call(tokens.ADMIN, "POST", "/admin/releases", {
      ...release,
      sizeBytes: content.length,
    });
    await fetch((published.upload as { url: string }).url, { method: "PUT", body: content });
  }
  await call(tokens.CUSTOMER, "POST", "/products/registrations", {
    serials: DEMO_CUSTOMER_SERIALS.join("\n"),
  });
  const demoCase = await call(tokens.CUSTOMER, "POST", "/cases", {
    topic: "product-problem",
    serial: DEMO_CUSTOMER_SERIALS[0],
    severity: "B",
    subject: "Nightly backup stops at 80%",
    description: "Since the last update the nightly job stops with error E1234.",
    preferredContact: "email",
    language: "en",
  });
  return { tokens, caseNumber: String(demoCase.caseNumber) };
}

function writeEnvFile(file: string, values: Record<string, string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const lines = Object.entries(values).map(([name, value]) => `export ${name}=${value}`);
  writeFileSync(file, `${lines.join("\n")}\n`);
}

/** Signs in through the API, as any client would. */
async function signIn(stack: LocalStack, user: DemoUser): Promise<string> {
  const session = await callApi(stack, undefined, "POST", "/sessions", {
    email: user.email,
    password: user.password,
  });
  return String(session.idToken);
}

async function callApi(
  stack: LocalStack,
  token: string | undefined,
  method: string,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const answer = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      "content-type": "application/json",
    },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as Record<string, unknown>;
}
