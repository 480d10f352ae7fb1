import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCaseNumber } from "#domain/case-number";
import { DomainError } from "#domain/errors";
import {
  assertSupportCanReply,
  CASE_STATUSES,
  CLOSED_STATUSES,
  isOpen,
  isResolutionReply,
  OPEN_STATUSES,
  statusAfterAgentAction,
  statusAfterCustomerNote,
} from "#domain/support-case";
import { fromRepositoryRoot } from "#infra/repository";
import { FOLLOW_UP_DEFINITION_FILE } from "#infra/state-machines";
import { TABLE_DESIGN } from "#repositories/table-design";

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

describe("what an open case is", () => {
  it("is one waiting on support or on the customer; no answer after the follow-ups, resolved and withdrawn are closed", () => {
    expect(OPEN_STATUSES).toEqual(["awaiting_support", "awaiting_customer"]);
    expect(CLOSED_STATUSES).toEqual(["no_customer_response", "resolved", "withdrawn"]);
    expect([...OPEN_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it("can be reopened by an agent exactly when it is closed", () => {
    for (const status of CASE_STATUSES) {
      const reopen = () => statusAfterAgentAction("00000001", status, { action: "reopen", reason: "x" });
      if (isOpen(status)) expect(reopen).toThrow(DomainError);
      else expect(reopen()).toBe("awaiting_support");
    }
  });

  it("is what the state machine keeps in the agent queue: a status it sets that is closed removes the queue keys", () => {
    const asl = JSON.parse(readFileSync(fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE), "utf8")) as {
      States: Record<string, { Parameters?: Record<string, unknown> }>;
    };
    const { partitionKey, sortKey } = TABLE_DESIGN.indexes.openCaseQueue;
    const statusWrites = Object.values(asl.States).flatMap(({ Parameters }) => {
      const update = String(Parameters?.UpdateExpression ?? "");
      const placeholder = /#status = (:\w+)/.exec(update)?.[1];
      if (!placeholder) return [];
      const values = Parameters?.ExpressionAttributeValues as Record<string, { S: string }>;
      return [{ status: values[placeholder]?.S as (typeof CASE_STATUSES)[number], update }];
    });

    expect(statusWrites.map((w) => w.status)).toEqual(["no_customer_response"]);
    for (const { status, update } of statusWrites) {
      const removes = new RegExp(`REMOVE .*${partitionKey}, ${sortKey}`).test(update);
      expect(removes, `${status}: ${update}`).toBe(!isOpen(status));
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
