import { readFileSync } from "node:fs";
import aslValidator from "asl-validator";
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_GAPS_IN_DAYS } from "#domain/follow-up";
import { SECONDS_PER_DAY } from "#domain/follow-up-protocol";
import { LANGUAGES } from "#domain/language";
import { EMAIL_TEMPLATES } from "#email/templates";
import { fromRepositoryRoot } from "#infra/repository";
import { FOLLOW_UP_DEFINITION_FILE } from "#infra/state-machines";

const text = readFileSync(fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE), "utf8");

interface State {
  Type: string;
  Seconds?: number;
  Next?: string;
  Resource?: string;
  Parameters?: { Content?: { Template?: Record<string, string> } };
  Catch?: { ErrorEquals: string[]; Next: string }[];
}

const definition = JSON.parse(text) as { StartAt: string; States: Record<string, State> };

/** The states in the order the happy path visits them. */
function happyPath(): [string, State][] {
  const path: [string, State][] = [];
  for (let name: string | undefined = definition.StartAt; name; ) {
    const state: State = definition.States[name]!;
    path.push([name, state]);
    name = state.Next;
  }
  return path;
}

describe("the follow-up state machine", () => {
  it("passes the ASL validator once its CDK substitutions are filled in", async () => {
    const filled = JSON.parse(text.replace(/\$\{\w+\}/g, "placeholder"));
    const { isValid, errors } = aslValidator(filled);
    expect(errors).toEqual([]);
    expect(isValid).toBe(true);
  });

  it("waits 259200, 259200 and 345600 seconds: the 3/3/4-day schedule of the domain", () => {
    const waits = happyPath()
      .filter(([, state]) => state.Type === "Wait")
      .map(([, state]) => state.Seconds);
    expect(waits).toEqual([259_200, 259_200, 345_600]);
    expect(waits).toEqual(FOLLOW_UP_GAPS_IN_DAYS.map((days) => days * SECONDS_PER_DAY));
  });

  it("claims each follow-up on the case right before sending it, with no Lambda anywhere", () => {
    const names = happyPath().map(([name]) => name);
    expect(names).toEqual([
      "Send support reply",
      "Wait 3 days",
      "Claim follow-up 1",
      "Send follow-up 1",
      "Wait 3 more days",
      "Claim follow-up 2",
      "Send follow-up 2",
      "Wait 4 more days",
      "Claim follow-up 3",
      "Send follow-up 3",
      "Mark no response after follow-ups",
      "Follow-ups complete",
    ]);
    expect(text).not.toMatch(/lambda/i);
    for (const [name, state] of happyPath().filter(([n]) => n.startsWith("Claim"))) {
      expect(state.Resource, name).toBe("arn:aws:states:::dynamodb:updateItem");
      expect(state.Catch?.[0]).toMatchObject({
        ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"],
        Next: "No longer waiting on this reply",
      });
    }
  });

  it("uses only templates that exist, in every language", () => {
    const used = happyPath().flatMap(([, state]) => {
      const name = state.Parameters?.Content?.Template?.["TemplateName.$"];
      return name ? [/'(.+)\{\}'/.exec(name)?.[1]] : [];
    });
    const known = new Set(EMAIL_TEMPLATES.map((t) => t.name));
    expect(used.length).toBe(4);
    for (const prefix of used) {
      for (const language of LANGUAGES)
        expect(known.has(`${prefix}${language}`), `${prefix}${language}`).toBe(true);
    }
  });
});
