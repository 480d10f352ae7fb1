import { describe, expect, it } from "vitest";
import { LOCAL_ACCOUNT_ANSWER_FLOOR_MS as FLOOR } from "#infra/local/stack";
import { newSignUp, signedUpCustomer } from "../support/accounts";
import { api } from "../support/local";

const ROUNDS = 5;

async function timed(send: () => Promise<{ status: number }>): Promise<number> {
  const started = performance.now();
  const { status } = await send();
  expect(status).toBe(202);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Known and unknown addresses, alternately, so that load on the machine hits both alike. Without
 * an even answer time the unknown path answers several times faster (Cognito refuses at once, or
 * has no one to mail). With it, every answer takes at least the floor and the medians agree to
 * within 30 % of it: room for a loaded machine, far less than the gap without it.
 */
async function expectEvenTimes(send: (email: string) => Promise<{ status: number }>, known: () => string) {
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    times.known.push(await timed(() => send(known())));
    times.unknown.push(await timed(() => send(`nobody-${round}-${Date.now()}@example.com`)));
  }
  expect(Math.min(...times.known, ...times.unknown)).toBeGreaterThanOrEqual(FLOOR - 1);
  expect(Math.abs(median(times.known) - median(times.unknown))).toBeLessThan(FLOOR * 0.3);
}

describe("answer times do not tell known addresses from unknown ones", () => {
  it("signing up with an address that has an account takes as long as with a new one", async () => {
    const existing = await signedUpCustomer();
    // "Unknown" here means new: the sign-up that creates an account is the slow path.
    await expectEvenTimes(
      (email) => api("POST", "/accounts", { json: newSignUp({ email }) }),
      () => existing.email,
    );
  });

  it("asking for a password reset takes as long for an unknown address as for a known one", async () => {
    const existing = await signedUpCustomer();
    await expectEvenTimes(
      (email) => api("POST", "/accounts/password-reset", { json: { email } }),
      () => existing.email,
    );
  });
});
