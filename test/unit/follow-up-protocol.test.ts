import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_STEPS } from "#domain/follow-up";
import {
  FOLLOW_UP_ATTRIBUTES,
  FOLLOW_UP_CLAIM,
  followUpExecutionName,
  followUpExecutionPrefix,
  parseFollowUpExecutionName,
} from "#domain/follow-up-protocol";
import { followUpExecution } from "#follow-up/execution-input";
import { TABLE_DESIGN } from "#repositories/table-design";

interface DynamoDbParameters {
  ConditionExpression?: string;
  UpdateExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, Record<string, string>>;
}

interface State {
  Type: string;
  Next?: string;
  Resource?: string;
  ResultPath?: string | null;
  Parameters?: DynamoDbParameters;
  Catch?: { ResultPath?: string | null }[];
}

const text = readFileSync(new URL("../../statemachines/case-follow-up.asl.json", import.meta.url), "utf8");
const definition = JSON.parse(text) as { StartAt: string; States: Record<string, State> };

/** The DynamoDB tasks in the order the happy path visits them, then the others. */
function dynamoDbTasks(): [string, DynamoDbParameters][] {
  const order: string[] = [];
  for (let name: string | undefined = definition.StartAt; name; name = definition.States[name]?.Next) {
    order.push(name);
  }
  const names = [...new Set([...order, ...Object.keys(definition.States)])];
  return names.flatMap((name) => {
    const state = definition.States[name];
    return state?.Resource?.startsWith("arn:aws:states:::dynamodb:") && state.Parameters
      ? [[name, state.Parameters] as [string, DynamoDbParameters]]
      : [];
  });
}

const KEYWORDS = new Set(["AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE"]);

/** The attribute names an expression reads or writes: `#aliases` resolved, `:values` and functions left out. */
function namesIn(expression: string, aliases: Record<string, string> = {}): string[] {
  const names: string[] = [];
  for (const [, value, token = "", call] of expression.matchAll(/(:?)(#?[A-Za-z_]\w*)(\s*\()?/g)) {
    if (value || call || KEYWORDS.has(token)) continue;
    const name = token.startsWith("#") ? aliases[token] : token;
    if (name === undefined) throw new Error(`${token} is not in ExpressionAttributeNames`);
    names.push(name);
  }
  return names;
}

/** Splits at commas outside parentheses (`if_not_exists(version, :unversioned)` is one operand). */
function topLevelParts(clause: string): string[] {
  const parts = [""];
  let depth = 0;
  for (const char of clause) {
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (char === "," && depth === 0) parts.push("");
    else parts[parts.length - 1] += char;
  }
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** What an UpdateExpression sets and removes, by attribute name. */
function updated(parameters: DynamoDbParameters): { sets: string[]; removes: string[] } {
  const aliases = parameters.ExpressionAttributeNames;
  const [, ...clauses] = (parameters.UpdateExpression ?? "").split(/\b(SET|REMOVE|ADD|DELETE)\b/);
  const result = { sets: [] as string[], removes: [] as string[] };
  for (let i = 0; i < clauses.length; i += 2) {
    const parts = topLevelParts(clauses[i + 1] ?? "");
    if (clauses[i] === "SET")
      result.sets.push(...parts.flatMap((part) => namesIn(part.split("=")[0] ?? "", aliases)));
    if (clauses[i] === "REMOVE") result.removes.push(...parts.flatMap((part) => namesIn(part, aliases)));
  }
  return result;
}

const sorted = (names: readonly string[]) => [...names].sort();
const number = (parameters: DynamoDbParameters, value: string) =>
  Number(parameters.ExpressionAttributeValues?.[value]?.N);

describe("the follow-up state machine speaks the follow-up protocol", () => {
  const conditional = dynamoDbTasks().filter(([, parameters]) => parameters.ConditionExpression);
  const claims = conditional.slice(0, FOLLOW_UP_STEPS.length);
  const [closing] = conditional.slice(FOLLOW_UP_STEPS.length);

  it("claims each follow-up, then closes the case, on exactly the protocol's condition", () => {
    expect(conditional).toHaveLength(FOLLOW_UP_STEPS.length + 1);
    for (const [name, parameters] of conditional) {
      const condition = namesIn(parameters.ConditionExpression ?? "", parameters.ExpressionAttributeNames);
      expect(sorted(condition), name).toEqual(sorted(FOLLOW_UP_CLAIM.condition));
      expect(parameters.ExpressionAttributeValues?.[":awaiting"], name).toEqual({
        S: FOLLOW_UP_CLAIM.awaitingStatus,
      });
      expect(parameters.ExpressionAttributeValues?.[":replyId"], name).toEqual({ "S.$": "$.replyId" });
    }
  });

  it("has claim n set exactly the protocol's attributes, from n - 1 follow-ups sent to n", () => {
    claims.forEach(([name, parameters], index) => {
      expect(sorted(updated(parameters).sets), name).toEqual(sorted(FOLLOW_UP_CLAIM.sets));
      expect(updated(parameters).removes, name).toEqual([]);
      expect(number(parameters, ":sent"), name).toBe(index);
      expect(number(parameters, ":next"), name).toBe(FOLLOW_UP_STEPS[index]);
    });
  });

  it("closes the case only after the last follow-up, taking it out of the open-case queue", () => {
    const [name = "", parameters = {}] = closing ?? [];
    const { sets, removes } = updated(parameters);
    expect(number(parameters, ":sent"), name).toBe(FOLLOW_UP_STEPS.at(-1));
    expect(sorted(sets), name).toEqual(
      sorted([FOLLOW_UP_ATTRIBUTES.status, FOLLOW_UP_ATTRIBUTES.updatedAt, FOLLOW_UP_ATTRIBUTES.version]),
    );
    const queue = TABLE_DESIGN.indexes.openCaseQueue;
    expect(sorted(removes), name).toEqual(sorted([queue.partitionKey, queue.sortKey]));
  });

  it("names no case attribute outside the protocol (and the queue index's keys)", () => {
    const queue = TABLE_DESIGN.indexes.openCaseQueue;
    const known = new Set<string>([
      ...Object.values(FOLLOW_UP_ATTRIBUTES),
      queue.partitionKey,
      queue.sortKey,
    ]);
    const tasks = dynamoDbTasks();
    expect(tasks.map(([name]) => name)).toContain("Record e-mail failure");
    for (const [name, parameters] of tasks) {
      const aliases = parameters.ExpressionAttributeNames;
      const named = [
        ...namesIn(parameters.ConditionExpression ?? "", aliases),
        ...namesIn(parameters.UpdateExpression ?? "", aliases),
        ...Object.values(aliases ?? {}),
      ];
      for (const attribute of named) expect(known.has(attribute), `${name}: ${attribute}`).toBe(true);
    }
    const failure = tasks.find(([name]) => name === "Record e-mail failure")?.[1] ?? {};
    expect(updated(failure).sets).toContain(FOLLOW_UP_ATTRIBUTES.followUpFailure);
  });

  it("reads only fields that the stream consumer's execution input has", () => {
    const { input } = followUpExecution(
      {
        caseNumber: "00000042",
        replyId: "3",
        at: "2026-11-25T16:30:00.000Z",
        customerEmail: "c@example.com",
        language: "en",
      },
      {
        vendorName: "Acme Backup",
        timeZone: "UTC",
        replyAddress: () => "case+00000042.token@reply.example",
        caseUrl: () => "https://support.example.com/portal/cases/00000042",
      },
    );
    // Fields the execution adds itself (a Catch's ResultPath) are not input.
    const added = Object.values(definition.States).flatMap((state) =>
      [state.ResultPath, ...(state.Catch ?? []).map((c) => c.ResultPath)].flatMap((path) =>
        path?.startsWith("$.") ? [path.slice(2)] : [],
      ),
    );
    const read = [...text.matchAll(/(?<![$\w])\$\.([A-Za-z_]\w*)/g)].map(([, field]) => field ?? "");
    expect(read.length).toBeGreaterThan(0);
    for (const field of read.filter((f) => !added.includes(f))) {
      expect(Object.keys(input), `$.${field}`).toContain(field);
    }
  });
});

describe("follow-up execution names", () => {
  const caseNumbers = fc.integer({ min: 1, max: 99_999_999 }).map((n) => String(n).padStart(8, "0"));
  const replyIds = fc.integer({ min: 1, max: 10_000 }).map(String);

  it("give back the case and reply they were built from", () => {
    fc.assert(
      fc.property(caseNumbers, replyIds, (caseNumber, replyId) => {
        expect(parseFollowUpExecutionName(followUpExecutionName(caseNumber, replyId))).toEqual({
          caseNumber,
          replyId,
        });
      }),
    );
  });

  it("start with their case's prefix, and no other case's", () => {
    fc.assert(
      fc.property(caseNumbers, caseNumbers, replyIds, (caseNumber, other, replyId) => {
        const name = followUpExecutionName(caseNumber, replyId);
        expect(name.startsWith(followUpExecutionPrefix(caseNumber))).toBe(true);
        expect(name.startsWith(followUpExecutionPrefix(other))).toBe(other === caseNumber);
      }),
    );
  });

  it("are not parsed from other names", () => {
    expect(parseFollowUpExecutionName("case-42-reply-7")).toBeUndefined();
    expect(parseFollowUpExecutionName("case-00000042-reply-")).toBeUndefined();
    expect(parseFollowUpExecutionName("nightly-cleanup")).toBeUndefined();
  });
});
