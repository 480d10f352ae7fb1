import { describe, expect, it } from "vitest";
import { readHistory, statusOf, type WireHistoryEvent } from "../../web/console/state-runs";

/** A history the way GetExecutionHistory answers it, built from short steps. */
function history(
  ...steps: [type: string, state?: string, extra?: Record<string, unknown>][]
): WireHistoryEvent[] {
  return steps.map(([type, state, extra], index) => ({
    id: index + 1,
    previousEventId: index,
    timestamp: 1000 + index,
    type,
    ...(type.endsWith("StateEntered") && state
      ? { stateEnteredEventDetails: { name: state, input: `{"in":"${state}"}` } }
      : {}),
    ...(type.endsWith("StateExited") && state
      ? { stateExitedEventDetails: { name: state, output: `{"out":"${state}"}` } }
      : {}),
    ...extra,
  }));
}

const task = (state: string, outcome = "TaskSucceeded"): [string, string?, Record<string, unknown>?][] => [
  ["TaskStateEntered", state],
  ["TaskScheduled"],
  ["TaskStarted"],
  [
    outcome,
    undefined,
    outcome === "TaskFailed" ? { taskFailedEventDetails: { error: "SesV2.Boom", cause: "down" } } : {},
  ],
  ["TaskStateExited", state],
];

describe("what happened to each state, from the history", () => {
  it("a running execution: the reply sent, the first wait in progress, the rest not reached", () => {
    const events = history(["ExecutionStarted"], ...task("Send support reply"), [
      "WaitStateEntered",
      "Wait 3 days",
    ]);
    const reading = readHistory(events, "RUNNING");
    expect(statusOf(reading, "Send support reply")).toBe("succeeded");
    expect(statusOf(reading, "Wait 3 days")).toBe("in-progress");
    expect(statusOf(reading, "Claim follow-up 1")).toBe("not-reached");
    expect(reading.runs.get("Send support reply")).toMatchObject({
      input: '{"in":"Send support reply"}',
      output: '{"out":"Send support reply"}',
      enteredAt: 1001,
      exitedAt: 1005,
    });
    expect(reading.runs.get("Wait 3 days")?.output).toBeUndefined();
  });

  it("names the state of every event inside one, none for the execution's own", () => {
    const events = history(["ExecutionStarted"], ...task("Send support reply"), ["ExecutionSucceeded"]);
    const { stateOfEvent } = readHistory(events, "SUCCEEDED");
    expect([1, 2, 3, 4, 5, 6, 7].map((id) => stateOfEvent.get(id))).toEqual([
      undefined,
      ...Array(5).fill("Send support reply"),
      undefined,
    ]);
  });

  it("a stopped execution: the state it was in is aborted", () => {
    const events = history(
      ["ExecutionStarted"],
      ...task("Send support reply"),
      ["WaitStateEntered", "Wait 3 days"],
      ["WaitStateAborted", "Wait 3 days"],
      ["ExecutionAborted"],
    );
    const reading = readHistory(events, "ABORTED");
    expect(statusOf(reading, "Wait 3 days")).toBe("aborted");
    expect([7, 8, 9].map((id) => reading.stateOfEvent.get(id))).toEqual([
      "Wait 3 days",
      "Wait 3 days",
      undefined,
    ]);
  });

  it("a failed e-mail: the task caught (retried, then a Catch moved on), the Fail state failed", () => {
    const events = history(
      ["ExecutionStarted"],
      ["TaskStateEntered", "Send support reply"],
      ["TaskScheduled"],
      ["TaskStarted"],
      ["TaskFailed", undefined, { taskFailedEventDetails: { error: "States.TaskFailed", cause: "first" } }],
      ["TaskScheduled"],
      ["TaskStarted"],
      ["TaskFailed", undefined, { taskFailedEventDetails: { error: "States.TaskFailed", cause: "again" } }],
      ["TaskStateExited", "Send support reply"],
      ...task("Record e-mail failure"),
      ["FailStateEntered", "Follow-up e-mail failed"],
      ["ExecutionFailed", undefined, { executionFailedEventDetails: { error: "FollowUpEmailFailed" } }],
    );
    const reading = readHistory(events, "FAILED");
    expect(statusOf(reading, "Send support reply")).toBe("caught");
    expect(reading.runs.get("Send support reply")?.error).toEqual({
      error: "States.TaskFailed",
      cause: "again",
    });
    expect(statusOf(reading, "Record e-mail failure")).toBe("succeeded");
    expect(statusOf(reading, "Follow-up e-mail failed")).toBe("failed");
  });

  it("a retry that succeeds is a success, not a catch", () => {
    const events = history(
      ["TaskStateEntered", "Claim follow-up 1"],
      ["TaskFailed", undefined, { taskFailedEventDetails: { error: "DynamoDB.ThrottlingException" } }],
      ["TaskSucceeded"],
      ["TaskStateExited", "Claim follow-up 1"],
    );
    const reading = readHistory(events, "RUNNING");
    expect(statusOf(reading, "Claim follow-up 1")).toBe("succeeded");
    expect(reading.runs.get("Claim follow-up 1")?.error).toBeUndefined();
  });

  it("a task whose last attempt failed and no Catch took it: the execution failed in it", () => {
    const events = history(
      ["ExecutionStarted"],
      ["TaskStateEntered", "Claim follow-up 1"],
      ["TaskFailed"],
      ["ExecutionFailed"],
    );
    expect(statusOf(readHistory(events, "FAILED"), "Claim follow-up 1")).toBe("failed");
  });
});
