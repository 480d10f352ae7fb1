import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idempotencyClaim, replayed } from "#api/idempotency-keys";
import { idempotencyRecordPut, liveIdempotencyRecord } from "#repositories/idempotency-records";
import type { Caller } from "#shared/caller";
import type { ApiEvent } from "#shared/http";
import { IDEMPOTENCY_SECONDS } from "#shared/idempotency-key";
import type { HttpProblem } from "#shared/problem";

const NOW = Date.UTC(2026, 5, 1, 8);
const alice: Caller = { id: "alice", email: "alice@example.com", groups: ["customer"] };
const bob: Caller = { id: "bob", email: "bob@example.com", groups: ["customer"] };
const event = (key?: string) =>
  ({ headers: key === undefined ? {} : { "idempotency-key": key } }) as unknown as ApiEvent;
const claim = (caller: Caller, key: string, payload: unknown, now = NOW) => {
  const made = idempotencyClaim(event(key), caller, "open-case", payload, now);
  if (!made) throw new Error("no claim");
  return made;
};

describe("an Idempotency-Key's claim (kept in the route's own transaction)", () => {
  it("is none without the header, or with an empty one", () => {
    expect(idempotencyClaim(event(), alice, "open-case", {}, NOW)).toBeUndefined();
    expect(idempotencyClaim(event(""), alice, "open-case", {}, NOW)).toBeUndefined();
  });

  it("names one record per caller and key, whatever the key holds, and keeps it for a day", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 5000 }), fc.string({ minLength: 1 }), (key, other) => {
        const mine = claim(alice, key, {});
        expect(claim(alice, key, { other: true }).key).toEqual(mine.key);
        expect(claim(bob, key, {}).key).not.toEqual(mine.key);
        if (other !== key) expect(claim(alice, other, {}).key).not.toEqual(mine.key);
        // A hash, so a huge or odd key never makes a key DynamoDB refuses.
        expect(mine.key.pk).toMatch(/^IDEMPOTENCY#open-case#[0-9a-f]{64}$/);
        expect(mine.expiresAt - mine.nowSeconds).toBe(IDEMPOTENCY_SECONDS);
      }),
    );
  });

  it("replays the first answer for the same body, and refuses another body with 422", () => {
    const first = claim(alice, "k1", { subject: "Backup fails" });
    const answer = {
      status: 201,
      body: { caseNumber: "00000042" },
      headers: { location: "/cases/00000042" },
    };
    const { Put } = idempotencyRecordPut("table", first, answer);
    const stored = liveIdempotencyRecord(
      Put.Item,
      claim(alice, "k1", { subject: "Backup fails" }, NOW + 1000),
    );
    if (!stored) throw new Error("the record is live");
    expect(replayed(claim(alice, "k1", { subject: "Backup fails" }), stored)).toEqual(answer);
    expect(() => replayed(claim(alice, "k1", { subject: "Other" }), stored)).toThrow(
      expect.objectContaining({ status: 422, type: "idempotency-key-reused" }) as HttpProblem,
    );
  });

  it("holds the key only until it expires", () => {
    const first = claim(alice, "k1", {});
    const { Item } = idempotencyRecordPut("table", first, { status: 201, body: {} }).Put;
    const later = (seconds: number) => claim(alice, "k1", {}, NOW + seconds * 1000);
    expect(liveIdempotencyRecord(Item, later(IDEMPOTENCY_SECONDS - 1))).toBeDefined();
    expect(liveIdempotencyRecord(Item, later(IDEMPOTENCY_SECONDS))).toBeUndefined();
    expect(liveIdempotencyRecord(undefined, later(0))).toBeUndefined();
  });
});
