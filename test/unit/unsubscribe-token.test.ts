import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recipientOfToken, unsubscribeToken } from "#notices/unsubscribe-token";

const KEY = "a-generated-key-of-some-length";
const recipient = fc.record({
  ownerId: fc.string({ minLength: 1, maxLength: 60 }),
  productId: fc.string({ minLength: 1, maxLength: 60 }),
});

describe("unsubscribe tokens", () => {
  it("name their owner and product, and are URL-safe", () => {
    fc.assert(
      fc.property(recipient, (r) => {
        const token = unsubscribeToken(r, KEY);
        expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
        expect(recipientOfToken(token, KEY)).toEqual(r);
      }),
    );
  });

  it("are refused when altered anywhere, or signed with another key", () => {
    fc.assert(
      fc.property(recipient, fc.nat(), fc.constantFrom(..."abcdefXYZ019-_."), (r, at, character) => {
        const token = unsubscribeToken(r, KEY);
        const index = at % token.length;
        fc.pre(token[index] !== character);
        const altered = token.slice(0, index) + character + token.slice(index + 1);
        expect(recipientOfToken(altered, KEY)).toBeUndefined();
        expect(recipientOfToken(token, "another-generated-key-here")).toBeUndefined();
      }),
    );
  });

  it("cannot be moved to another owner or product", () => {
    const mine = unsubscribeToken({ ownerId: "owner-1", productId: "acme-backup-server" }, KEY);
    const [version, , product, signature] = mine.split(".");
    const theirs = [version, Buffer.from("owner-2").toString("base64url"), product, signature].join(".");
    expect(recipientOfToken(theirs, KEY)).toBeUndefined();
    expect(recipientOfToken("", KEY)).toBeUndefined();
    expect(recipientOfToken(`${mine}.x`, KEY)).toBeUndefined();
  });
});
