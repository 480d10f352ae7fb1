import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Middleware } from "openapi-fetch";
import { type ApiClient, createApiClient } from "#client/api";
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
 * exactly this (its answers checked by the `middleware` it passes).
 */
export async function setUpDemo(
  stack: LocalStack,
  envFile: string,
  middleware: readonly Middleware[] = [],
): Promise<Demo> {
  await createDemoUsers(stack);
  const client = (token?: string) =>
    createApiClient({ baseUrl: stack.apiUrl, middleware, ...(token ? { token } : {}) });
  const tokens = Object.fromEntries(
    await Promise.all(DEMO_USERS.map(async (u) => [u.name, await signIn(client(), u)] as const)),
  ) as Demo["tokens"];
  writeEnvFile(envFile, {
    ...Object.fromEntries(Object.entries(tokens).map(([name, token]) => [`${name}_TOKEN`, token])),
    API: stack.apiUrl,
    MAIL_VIEWER: stack.sesUrl,
    // `npm run follow-ups` reads the local Step Functions endpoint from here.
    AWS_ENDPOINT_URL_SFN: stack.stepFunctionsUrl,
  });

  const admin = client(tokens.ADMIN);
  const customer = client(tokens.CUSTOMER);
  dataOf("POST /admin/licenses", await admin.POST("/admin/licenses", { body: { licenses: demoLicenses() } }));
  for (const release of DEMO_RELEASES) {
    const content = `demo installer ${release.build}\n`;
    const published = dataOf(
      "POST /admin/releases",
      await admin.POST("/admin/releases", { body: { ...release, sizeBytes: content.length } }),
    );
    await fetch(published.upload.url, { method: "PUT", body: content });
  }
  dataOf(
    "POST /products/registrations",
    await customer.POST("/products/registrations", { body: { serials: DEMO_CUSTOMER_SERIALS.join("\n") } }),
  );
  const demoCase = dataOf(
    "POST /cases",
    await customer.POST("/cases", {
      body: {
        topic: "product-problem",
        serial: DEMO_CUSTOMER_SERIALS[0],
        severity: "B",
        subject: "Nightly backup stops at 80%",
        description: "Since the last update the nightly job stops with error E1234.",
        preferredContact: "email",
        language: "en",
      },
    }),
  );
  return { tokens, caseNumber: demoCase.caseNumber };
}

function writeEnvFile(file: string, values: Record<string, string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const lines = Object.entries(values).map(([name, value]) => `export ${name}=${value}`);
  writeFileSync(file, `${lines.join("\n")}\n`);
}

/** Signs in through the API, as any client would. */
async function signIn(client: ApiClient, user: DemoUser): Promise<string> {
  const session = dataOf(
    `signing in ${user.email}`,
    await client.POST("/sessions", { body: { email: user.email, password: user.password } }),
  );
  if (!("idToken" in session)) throw new Error(`signing in ${user.email}: a challenge instead of tokens`);
  return session.idToken;
}

/** The answer's body, or an error naming the request when it was refused. */
function dataOf<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}
