import { randomUUID } from "node:crypto";
import { type ApiClient, createApiClient } from "#client/api";
import { type LocalIdentity, signToken } from "#infra/local/cognito/identity";
import type { Group } from "#shared/caller";
import { VALID_CASE } from "../test/support/fixtures";

/**
 * A caller of the local API: an ID token minted with cognito-local's key (no sign-up needed) and
 * the typed client (client/api.ts) that sends it.
 */
export interface BenchUser {
  id: string;
  email: string;
  token: string;
  api: ApiClient;
}

export async function benchUser(
  identity: LocalIdentity,
  apiUrl: string,
  groups: Group[],
): Promise<BenchUser> {
  const id = randomUUID();
  const email = `bench-${groups[0]}-${id.slice(0, 8)}@example.com`;
  const token = await signToken(identity, { sub: id, email, groups }, { expiresIn: "2h" });
  return { id, email, token, api: createApiClient({ baseUrl: apiUrl, token }) };
}

/** The tests' case body: a licensing question, accepted under the free plan whatever the serial. */
export const BENCH_CASE = VALID_CASE;

/** What a timed request gives: the HTTP answer, its body read. */
export interface Answer {
  response: Response;
}

/** The path parameter of the case routes. */
export const onCase = (number: string) => ({ params: { path: { number } } });

export async function openCase(customer: BenchUser): Promise<string> {
  const { data, error, response } = await customer.api.POST("/cases", { body: BENCH_CASE });
  if (!data) throw new Error(`POST /cases answered ${response.status}: ${JSON.stringify(error)}`);
  return data.caseNumber;
}
