import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterLastFollowUp, agentActionEffects } from "#domain/case-changes";
import type { AgentAction } from "#domain/support-case";

const MIN = Date.UTC(2026, 0, 1);
const MAX = Date.UTC(2027, 0, 1);
const instant = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString());

describe("a customer note's place on the timeline", () => {
  it("is now when no follow-up was sent, or the last one was sent before now", () => {
    fc.assert(
      fc.property(instant, fc.option(instant, { nil: undefined }), (now, last) => {
        fc.pre(last === undefined || last < now);
        expect(afterLastFollowUp(now, last)).toBe(now);
      }),
    );
  });

  it("is one millisecond after a follow-up claimed at or after now, so it lists after it", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60_000 }), (now, ahead) => {
        const last = new Date(Date.parse(now) + ahead).toISOString();
        const at = afterLastFollowUp(now, last);
        expect(Date.parse(at) - Date.parse(last)).toBe(1);
        expect(at > last && at > now).toBe(true);
      }),
    );
  });

  it("never lists before now nor before the last follow-up", () => {
    fc.assert(
      fc.property(instant, fc.option(instant, { nil: undefined }), (now, last) => {
        const at = afterLastFollowUp(now, last);
        expect(at >= now).toBe(true);
        if (last !== undefined) expect(at > last).toBe(true);
      }),
    );
  });
});

describe("what an agent action changes on the case", () => {
  const current = { severity: "C" as const };

  it.each<[AgentAction, ReturnType<typeof agentActionEffects>]>([
    [
      { action: "assign", assigneeId: "agent-7" },
      { fields: { assigneeId: "agent-7" }, change: { assigneeId: "agent-7" } },
    ],
    [
      { action: "change-severity", severity: "A", reason: "Backups fail everywhere" },
      { fields: { severity: "A" }, message: "Backups fail everywhere", change: { from: "C", to: "A" } },
    ],
    [
      { action: "resolve", resolution: "Fixed in build 4711" },
      { fields: { resolution: "Fixed in build 4711" }, message: "Fixed in build 4711" },
    ],
    [
      { action: "internal-note", message: "Called back" },
      { fields: {}, message: "Called back" },
    ],
    [
      { action: "reopen", reason: "Still failing" },
      { fields: {}, message: "Still failing" },
    ],
  ])("%o", (action, effects) => {
    expect(agentActionEffects(action, current)).toEqual(effects);
  });

  it("sets only case fields the agent may change", () => {
    const actions = fc.oneof(
      fc.record({ action: fc.constant("assign" as const), assigneeId: fc.string() }),
      fc.record({
        action: fc.constant("change-severity" as const),
        severity: fc.constantFrom("A" as const, "B" as const, "C" as const, "D" as const),
        reason: fc.string(),
      }),
      fc.record({ action: fc.constant("resolve" as const), resolution: fc.string() }),
      fc.record({ action: fc.constant("internal-note" as const), message: fc.string() }),
      fc.record({ action: fc.constant("reopen" as const), reason: fc.string() }),
    );
    fc.assert(
      fc.property(actions, (action) => {
        const { fields } = agentActionEffects(action, current);
        for (const name of Object.keys(fields))
          expect(["assigneeId", "severity", "resolution"]).toContain(name);
      }),
    );
  });
});
