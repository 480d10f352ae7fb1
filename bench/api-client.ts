import { randomUUID } from "node:crypto";
import type { Group } from "#shared/caller";
import { type LocalIdentity, signToken } from "../infra/local/identity";
import { VALID_CASE } from "../test/support/fixtures";

/** A caller of the local API: an ID token minted with cognito-local's key (no sign-up needed). */
export interface BenchUser {
  id: string;
  email: string;
  token: string;
}

export async function benchUser(identity: LocalIdentity, groups: Group[]): Promise<BenchUser> {
  const id = randomUUID();
  const email = `bench-${groups[0]}-${id.slice(0, 8)}@example.com`;
  return { id, email, token: await signToken(identity, { sub: id, email, groups }, { expiresIn: "2h" }) };
}

/** The tests' case body: a licensing question, accepted under the free plan whatever the serial. */
export const BENCH_CASE = VALID_CASE;

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export function apiClient(apiUrl: string) {
  return async function call(
    method: string,
    path: string,
    user?: BenchUser,
    json?: unknown,
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (user) headers.authorization = `Bearer ${user.token}`;
    if (json !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers,
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { text };
    }
    return { status: response.status, body };
  };
}

export type ApiCall = ReturnType<typeof apiClient>;

export async function openCase(call: ApiCall, customer: BenchUser): Promise<string> {
  const answer = await call("POST", "/cases", customer, BENCH_CASE);
  if (answer.status !== 201)
    throw new Error(`POST /cases answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return String(answer.body.caseNumber);
}
