import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertCurrentView, eventsSince } from "#domain/case-version";
import { DomainError } from "#domain/errors";

describe("case versions", () => {
  it("lets a write on the current view, or on no view, through", () => {
    fc.assert(
      fc.property(fc.nat(), (version) => {
        expect(() => assertCurrentView("00000001", version, version)).not.toThrow();
        expect(() => assertCurrentView("00000001", undefined, version)).not.toThrow();
      }),
    );
  });

  it("refuses a write on any other view as stale, saying both versions", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (seen, current) => {
        fc.pre(seen !== current);
        try {
          assertCurrentView("00000001", seen, current);
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).details).toEqual({ currentVersion: current, seenVersion: seen });
        }
      }),
    );
  });

  it("lists exactly the events after the view's version, unversioned ones as version 0", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(20), { nil: undefined })), fc.nat(20), (versions, seen) => {
        const events = versions.map((version, i) => ({ id: i, version }));
        const newer = eventsSince(events, seen);
        expect(newer.map((e) => e.id)).toEqual(
          events.filter((e) => (e.version ?? 0) > seen).map((e) => e.id),
        );
      }),
    );
  });
});
