import { readFileSync } from "node:fs";
import aslValidator from "asl-validator";
import { describe, expect, it } from "vitest";
import { fromRepositoryRoot } from "#infra/repository";
import { NOTICES_DEFINITION_FILE } from "#infra/state-machines";
import { NOTICE_THROTTLED, noticeRunName, REPORT_COUNTERS, releaseIdOf } from "#notices/release-notices";
import { keys } from "#repositories/keys";

const text = readFileSync(fromRepositoryRoot(NOTICES_DEFINITION_FILE), "utf8");

interface Retrier {
  ErrorEquals: string[];
  JitterStrategy?: string;
  BackoffRate?: number;
}
interface State {
  Type: string;
  Resource?: string;
  Next?: string;
  End?: boolean;
  Parameters?: Record<string, unknown> & {
    Key?: { pk: { "S.$": string }; sk: { S: string } };
    UpdateExpression?: string;
  };
  ResultSelector?: Record<string, string>;
  Retry?: Retrier[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
  ItemProcessor?: { ProcessorConfig?: { Mode: string }; StartAt: string; States: Record<string, State> };
  MaxConcurrencyPath?: string;
}

const definition = JSON.parse(text) as { StartAt: string; States: Record<string, State> };
const state = (name: string): State => {
  const found = definition.States[name];
  if (!found) throw new Error(`no state ${name}`);
  return found;
};
const mapState = state("Send notices to the page");
const sendState = mapState.ItemProcessor?.States["Send the notice"] as State;

describe("the release-notices state machine", () => {
  it("passes the ASL validator once its CDK substitutions are filled in", () => {
    const filled = JSON.parse(text.replace(/\$\{\w+\}/g, "placeholder"));
    const { isValid, errors } = aslValidator(filled);
    expect(errors).toEqual([]);
    expect(isValid).toBe(true);
  });

  it("writes the report under the key the code reads it by", () => {
    const releaseId = releaseIdOf({ productId: "backup-server", version: "12.1", build: 4711 });
    const reportKey = keys.noticeReport(releaseId);
    for (const name of ["Open the report", "Close the report", "Mark the run failed"]) {
      const key = state(name).Parameters?.Key;
      expect(key?.pk["S.$"], name).toBe("States.Format('NOTICE#{}', $.release.releaseId)");
      expect(`NOTICE#${releaseId}`).toBe(reportKey.pk);
      expect(key?.sk.S, name).toBe(reportKey.sk);
    }
  });

  it("starts every counter of the report the code adds to", () => {
    const update = state("Open the report").Parameters?.UpdateExpression ?? "";
    const added = /ADD (.+)$/
      .exec(update)?.[1]
      ?.split(",")
      .map((part) => part.trim().split(" ")[0]);
    expect(added).toEqual([...REPORT_COUNTERS]);
  });

  it("retries the error the send function throws when throttled, with backoff and jitter, then leaves it for a later run", () => {
    const throttle = sendState.Retry?.[0];
    expect(throttle?.ErrorEquals).toContain(NOTICE_THROTTLED);
    expect(throttle?.JitterStrategy).toBe("FULL");
    expect(throttle?.BackoffRate).toBeGreaterThan(1);
    expect(sendState.Catch?.[0]).toMatchObject({
      ErrorEquals: [NOTICE_THROTTLED],
      Next: "Left for a later run",
    });
  });

  it("sends each page with a bounded Distributed Map whose tasks read the fields the functions answer", () => {
    expect(mapState.ItemProcessor?.ProcessorConfig?.Mode).toBe("DISTRIBUTED");
    expect(mapState.MaxConcurrencyPath).toBe("$.settings.concurrency");
    expect(sendState.ResultSelector).toEqual({ "outcome.$": "$.Payload.outcome" });
    expect(state("Read a page of subscribers").ResultSelector).toEqual({
      "ownerIds.$": "$.Payload.ownerIds",
      "cursor.$": "$.Payload.nextCursor",
    });
  });

  it("names runs within Step Functions' rules, apart per release and run", () => {
    const id = releaseIdOf({ productId: "p".repeat(64), version: "12.1", build: 1234567 });
    const names = [noticeRunName(id), noticeRunName(id, 2), noticeRunName(`${id}9`)];
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    expect(new Set(names).size).toBe(3);
    expect(noticeRunName("backup-server/12.1/4711")).toBe("notices-backup-server_12_1_4711");
  });
});
