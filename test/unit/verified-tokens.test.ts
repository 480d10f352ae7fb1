import { describe, expect, it } from "vitest";
import { verifiedTokens } from "#infra/local/gateway/verified-tokens";

/** A verifier that counts its checks and refuses tokens starting with "bad". */
function countingVerifier(exp: number | undefined) {
  const checked: string[] = [];
  const verify = (token: string) => {
    checked.push(token);
    if (token.startsWith("bad")) throw new Error("invalid signature");
    return { claims: { sub: token }, exp };
  };
  return { checked, verify };
}

describe("the local gateway's verified tokens", () => {
  it("verifies a token once and answers from memory until it expires", () => {
    let now = 1_000_000;
    const { checked, verify } = countingVerifier(1_060); // exp in seconds: 60 s after `now`
    const claimsOf = verifiedTokens(verify, { now: () => now });

    expect(claimsOf("t1")).toEqual({ sub: "t1" });
    now += 59_999;
    expect(claimsOf("t1")).toEqual({ sub: "t1" });
    expect(checked).toEqual(["t1"]);
    now += 1; // at exp the token is checked again, and the verifier decides
    claimsOf("t1");
    expect(checked).toEqual(["t1", "t1"]);
  });

  it("never keeps a refused token, nor one without an expiry", () => {
    const refused = countingVerifier(2_000_000);
    const claimsOf = verifiedTokens(refused.verify, { now: () => 0 });
    expect(() => claimsOf("bad-1")).toThrow("invalid signature");
    expect(() => claimsOf("bad-1")).toThrow("invalid signature");
    expect(refused.checked).toEqual(["bad-1", "bad-1"]);

    const endless = countingVerifier(undefined);
    const endlessClaims = verifiedTokens(endless.verify, { now: () => 0 });
    endlessClaims("t1");
    endlessClaims("t1");
    expect(endless.checked).toEqual(["t1", "t1"]);
  });

  it("keeps at most maxEntries tokens, letting the oldest go first", () => {
    const { checked, verify } = countingVerifier(2_000_000);
    const claimsOf = verifiedTokens(verify, { maxEntries: 2, now: () => 0 });
    for (const token of ["t1", "t2", "t3", "t2", "t1"]) claimsOf(token);
    // t3 pushed t1 out; t2 was still kept; t1 had to be checked again.
    expect(checked).toEqual(["t1", "t2", "t3", "t1"]);
  });
});
