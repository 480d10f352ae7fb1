import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { otherViewers, PRESENCE_TTL_SECONDS, presenceExpiry } from "#domain/presence";

describe("presence marks", () => {
  it("count for the TTL after they are made, then never, and never for the viewer themselves", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 * PRESENCE_TTL_SECONDS * 1000 }),
        fc.boolean(),
        (ageMs, self) => {
          const now = new Date(1_800_000_000_000);
          const mark = {
            userId: self ? "me" : "other",
            expiresAt: presenceExpiry(new Date(now.getTime() - ageMs)),
          };
          const counted = otherViewers([mark], "me", now).length === 1;
          expect(counted).toBe(!self && mark.expiresAt > now.getTime() / 1000);
          if (!self && ageMs < (PRESENCE_TTL_SECONDS - 1) * 1000) expect(counted).toBe(true);
          if (ageMs > PRESENCE_TTL_SECONDS * 1000) expect(counted).toBe(false);
        },
      ),
    );
  });
});
