import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCaseNumber } from "#domain/case-number";
import { DomainError } from "#domain/errors";
import { assertSupportCanReply, isResolutionReply, statusAfterCustomerNote } from "#domain/support-case";

describe("a customer's note", () => {
  it.each(["Resolved", "resolved", "RESOLVED", " Resolved. ", "Resolved!", "已解决", " 已解决。"])(
    "%j resolves the case",
    (text) => {
      expect(isResolutionReply(text)).toBe(true);
      expect(statusAfterCustomerNote(text)).toBe("resolved");
    },
  );

  it.each(["Not resolved", "Resolved?", "resolved, but a new issue", "未解决", "", "Resolv"])(
    "%j hands the case back to support",
    (text) => {
      expect(statusAfterCustomerNote(text)).toBe("awaiting_support");
    },
  );

  it("never resolves on a note that has more words than 'Resolved'", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /[\p{L}\p{N}]/u.test(s)),
        (extra) => {
          expect(isResolutionReply(`Resolved ${extra}`)).toBe(false);
        },
      ),
    );
  });
});

describe("support replies", () => {
  it("are refused on a resolved case and allowed otherwise", () => {
    expect(() => assertSupportCanReply("00000001", "resolved")).toThrow(DomainError);
    for (const status of ["awaiting_support", "awaiting_customer", "no_customer_response"] as const) {
      expect(() => assertSupportCanReply("00000001", status)).not.toThrow();
    }
  });
});

describe("case numbers", () => {
  it("are 8 digits and keep the sequence's order", () => {
    expect(formatCaseNumber(1)).toBe("00000001");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_998 }), (n) => {
        expect(formatCaseNumber(n)).toMatch(/^\d{8}$/);
        expect(formatCaseNumber(n) < formatCaseNumber(n + 1)).toBe(true);
      }),
    );
  });

  it("refuse a sequence that does not fit in 8 digits", () => {
    expect(() => formatCaseNumber(0)).toThrow(RangeError);
    expect(() => formatCaseNumber(100_000_000)).toThrow(RangeError);
  });
});
