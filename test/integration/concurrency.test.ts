import { GetExecutionHistoryCommand, type HistoryEvent } from "@aws-sdk/client-sfn";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { keys } from "#repositories/keys";
import { eventually, sleep } from "../support/eventually";
import { importLicenses, license, register } from "../support/licenses";
import {
  api,
  caseItem,
  db,
  describeExecution,
  executionArnFor,
  itemsOfCase,
  mailsTo,
  newUser,
  openCase,
  sfn,
  stack,
  type TestUser,
  VALID_CASE,
} from "../support/local";
import { FOLLOW_UP_DAY_SECONDS_IN_TESTS } from "../support/stack-facts";

const DAY_MS = FOLLOW_UP_DAY_SECONDS_IN_TESTS * 1000;

describe("case intake under concurrency", () => {
  it("gives 100 parallel intakes 100 distinct case numbers with no gap, each case readable", async () => {
    const customers = await Promise.all(Array.from({ length: 10 }, () => newUser()));
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api("POST", "/cases", {
          user: customers[i % customers.length],
          json: { ...VALID_CASE, subject: `Parallel intake ${i}` },
        }),
      ),
    );
    const elapsedMs = performance.now() - started;

    expect(answers.map((answer) => answer.status)).toEqual(Array(100).fill(201));
    const numbers = answers.map((answer) => String(answer.body.caseNumber));
    expect(new Set(numbers).size).toBe(100);
    const sorted = numbers.map(Number).sort((a, b) => a - b);
    // Other test files may open cases meanwhile; any number in our range that is not ours must be
    // theirs, a real case: the counter neither repeats nor skips a number.
    const ours = new Set(sorted);
    const between = Array.from({ length: sorted.at(-1)! - sorted[0]! + 1 }, (_, i) => sorted[0]! + i);
    const others = between.filter((n) => !ours.has(n)).map((n) => String(n).padStart(8, "0"));
    for (const number of others) expect(await caseItem(number), `case ${number}`).toBeDefined();

    const reads = await Promise.all(
      answers.map((answer, i) =>
        api("GET", `/cases/${String(answer.body.caseNumber)}`, { user: customers[i % customers.length] }),
      ),
    );
    expect(reads.map((read) => read.status)).toEqual(Array(100).fill(200));
    reads.forEach((read, i) => {
      expect(read.body).toMatchObject({
        caseNumber: numbers[i],
        subject: `Parallel intake ${i}`,
        status: "awaiting_support",
      });
    });
    console.info(
      `100 parallel intakes: ${sorted[0]}..${sorted.at(-1)}, ${others.length} number(s) in between taken by ` +
        `other tests, ${Math.round(elapsedMs)} ms for all`,
    );
  });
});

describe("product registration under concurrency", () => {
  it("lets exactly one of 20 accounts racing for a serial win it", async () => {
    const admin = await newUser(["admin"]);
    const entry = license();
    await importLicenses(admin, [entry]);
    const racers = await Promise.all(Array.from({ length: 20 }, () => newUser()));

    const outcomes = (await Promise.all(racers.map((racer) => register(racer, entry.serial)))).flat();

    expect(outcomes.filter((outcome) => outcome === "registered")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "registered-to-another-account")).toHaveLength(19);
    const winner = racers[outcomes.indexOf("registered")]!;
    const { Item: catalogEntry } = await db.send(
      new GetCommand({ TableName: stack.tableName, Key: keys.license(entry.serial), ConsistentRead: true }),
    );
    expect(catalogEntry?.ownerId).toBe(winner.id);
    // The owner's product item was written with the claim, and nobody else has one.
    const listed = await Promise.all(racers.map((racer) => api("GET", "/products", { user: racer })));
    const holders = listed.flatMap((answer, i) =>
      (answer.body.items as { serial: string }[]).some((item) => item.serial === entry.serial) ? [i] : [],
    );
    expect(holders).toEqual([racers.indexOf(winner)]);
  });
});

// ---- a customer reply racing each follow-up claim ----

type Step = 1 | 2 | 3;

/** The wait before each claim, and how many follow-up days it lasts (statemachines/case-follow-up.asl.json). */
const WAIT_BEFORE_CLAIM: Record<Step, { state: string; days: number }> = {
  1: { state: "Wait 3 days", days: 3 },
  2: { state: "Wait 3 more days", days: 3 },
  3: { state: "Wait 4 more days", days: 4 },
};

interface TaskRun {
  state: string;
  scheduledAt: number;
  outcome?: { type: "TaskSucceeded" | "TaskFailed"; at: number; error?: string };
}

/** Every task attempt of the execution, by state, from its history (as an operator reads it). */
function taskRuns(events: HistoryEvent[]): TaskRun[] {
  const runs: TaskRun[] = [];
  let state = "";
  for (const event of events) {
    const at = event.timestamp?.getTime() ?? 0;
    if (event.type === "TaskStateEntered") state = event.stateEnteredEventDetails?.name ?? "";
    if (event.type === "TaskScheduled") runs.push({ state, scheduledAt: at });
    if (event.type === "TaskSucceeded" || event.type === "TaskFailed") {
      const run = runs.at(-1);
      if (run) run.outcome = { type: event.type, at, error: event.taskFailedEventDetails?.error };
    }
  }
  return runs;
}

/** The execution's history; empty while the stream consumer has not started it yet. */
async function historyOf(caseNumber: string, replyId: string): Promise<HistoryEvent[]> {
  try {
    const { events = [] } = await sfn.send(
      new GetExecutionHistoryCommand({
        executionArn: executionArnFor(caseNumber, replyId),
        maxResults: 1000,
      }),
    );
    return events;
  } catch (error) {
    if (error instanceof Error && error.name === "ExecutionDoesNotExist") return [];
    throw error;
  }
}

type Order = "reply first" | "claim first";

interface Race {
  step: Step;
  offsetMs: number;
  caseNumber: string;
  order: Order;
  /** How the race ended, in the execution's own terms. */
  outcome: string;
  status: string;
  endState?: string;
  followUpsMailed: number;
  followUpsClaimed: number;
  /** Note request sent, and its answer received (ms since epoch). */
  noteSentAt: number;
  noteAnsweredAt: number;
  /** The claim of this step: when it was attempted, relative to the note request (ms). */
  claimVsNoteMs?: number;
  /** Follow-up e-mails handed to SES after the note was sent, and after it was answered (claimed before it). */
  crossing: { afterSent: number; afterAnswered: number };
  /** "Follow-up n e-mailed" events the timeline lists after the customer's note (by their times). */
  listedAfterNote: number;
}

async function agentReplies(agent: TestUser, caseNumber: string): Promise<string> {
  const answer = await api("POST", `/cases/${caseNumber}/replies`, {
    user: agent,
    json: { message: "Please update to build 4711." },
  });
  if (answer.status !== 201) throw new Error(`reply failed: ${JSON.stringify(answer)}`);
  return String(answer.body.replyId);
}

/**
 * One race: a case waits on the customer; the customer's note is sent `offsetMs` around the
 * moment the execution will claim follow-up `step` (its wait's start, read from the history,
 * plus the wait). Then every invariant is checked against the history, SES and the table.
 */
async function race(step: Step, offsetMs: number): Promise<Race> {
  const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
  const caseNumber = await openCase(customer);
  const replyId = await agentReplies(agent, caseNumber);
  const { state: waitState, days } = WAIT_BEFORE_CLAIM[step];
  const waitEntered = await eventually(
    `"${waitState}" of case ${caseNumber}`,
    async () =>
      (await historyOf(caseNumber, replyId))
        .find((e) => e.type === "WaitStateEntered" && e.stateEnteredEventDetails?.name === waitState)
        ?.timestamp?.getTime(),
    { timeoutMs: 20_000, intervalMs: 100 },
  );
  await sleep(Math.max(0, waitEntered + days * DAY_MS + offsetMs - Date.now()));

  const noteSentAt = Date.now();
  const note = await api("POST", `/cases/${caseNumber}/notes`, {
    user: customer,
    json: { message: "Still failing after the update, log attached." },
  });
  const noteAnsweredAt = Date.now();
  expect(note.status, JSON.stringify(note.body)).toBe(201);
  expect(note.body.statusAfter).toBe("awaiting_support");

  const execution = await eventually(
    `the execution of case ${caseNumber} to end`,
    async () => {
      const described = await describeExecution(caseNumber, replyId);
      return described && described.status !== "RUNNING" ? described : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 200 },
  );
  const events = await historyOf(caseNumber, replyId);
  const runs = taskRuns(events);
  const succeeded = (state: RegExp) =>
    runs.filter((r) => state.test(r.state) && r.outcome?.type === "TaskSucceeded");
  const claims = succeeded(/^Claim follow-up \d$/);
  const sends = succeeded(/^Send follow-up \d$/);
  const thisClaim = runs.find((r) => r.state === `Claim follow-up ${step}`);
  const endState = events.findLast((e) => e.type === "SucceedStateEntered")?.stateEnteredEventDetails?.name;
  const mails = await mailsTo(customer.email);
  const item = await caseItem(caseNumber);

  // Invariant 1: no claim succeeded after the customer's reply was accepted (it is conditional on
  // the case still waiting for this reply), so no later step ever started.
  for (const claim of claims)
    expect(claim.outcome!.at, `case ${caseNumber} ${claim.state}`).toBeLessThan(noteAnsweredAt);
  expect(claims.length).toBeLessThanOrEqual(step);
  expect(claims.length).toBeGreaterThanOrEqual(step - 1);
  // Invariant 2: every follow-up e-mail is one that was claimed (before the reply), and exactly
  // the e-mails the history shows as sent reached SES: reply + follow-ups.
  expect(sends.length).toBeLessThanOrEqual(claims.length);
  expect(mails).toHaveLength(1 + sends.length);
  for (const mail of mails.slice(1)) expect(mail.body.text).toContain("We are following up");
  expect(item?.followUpsSent ?? 0).toBe(claims.length);
  // Invariant 3: the execution ends aborted (the reply's stop) or in "No longer waiting on this
  // reply" (its claim refused); "Follow-ups complete" only if the reply came after the last step.
  const order: Order = claims.length === step ? "claim first" : "reply first";
  if (execution.status === "SUCCEEDED" && endState === "Follow-ups complete") {
    const marked = succeeded(/^Mark no response after follow-ups$/)[0];
    expect(step).toBe(3);
    expect(marked?.outcome?.at).toBeLessThan(noteAnsweredAt);
  } else {
    expect(
      execution.status === "ABORTED" ||
        (execution.status === "SUCCEEDED" && endState === "No longer waiting on this reply"),
      `case ${caseNumber} ended ${execution.status} in ${endState}`,
    ).toBe(true);
  }
  // The timeline shows each claimed follow-up once, and nothing after the reply.
  const timeline = await eventually(`the timeline of case ${caseNumber}`, async () => {
    const followUps = (await itemsOfCase(caseNumber)).filter((i) => i.type === "follow-up-sent");
    return followUps.length === claims.length ? followUps : undefined;
  });
  expect(timeline).toHaveLength(claims.length);
  const noteAt = String(note.body.at ?? "");
  const listedAfterNote = timeline.filter((event) => String(event.at) > noteAt).length;
  // A follow-up claimed before the note was written is listed before it, even if the note's request came first.
  expect(listedAfterNote, `case ${caseNumber}: a follow-up listed after the reply`).toBe(0);

  const refused = thisClaim?.outcome?.error === "DynamoDB.ConditionalCheckFailedException";
  const outcome =
    order === "reply first"
      ? refused
        ? "reply first: the claim was refused"
        : "reply first: stopped before the claim"
      : sends.length === step
        ? "claim first: follow-up sent, then the reply"
        : "claim first: claimed, stopped before sending";
  return {
    step,
    offsetMs,
    caseNumber,
    order,
    outcome,
    status: execution.status ?? "",
    endState,
    followUpsMailed: sends.length,
    followUpsClaimed: claims.length,
    noteSentAt,
    noteAnsweredAt,
    claimVsNoteMs: thisClaim ? thisClaim.scheduledAt - noteSentAt : undefined,
    listedAfterNote,
    crossing: {
      afterSent: sends.filter((r) => r.scheduledAt > noteSentAt).length,
      afterAnswered: sends.filter((r) => r.scheduledAt > noteAnsweredAt).length,
    },
  };
}

const RACES_PER_ROUND = 8;
const MAX_ROUNDS = 3;
/** Where the notes land around the claim: the note's own latency puts its commit ~10-20 ms later. */
const OFFSETS_MS = Array.from({ length: RACES_PER_ROUND }, (_, i) => -60 + (i * 90) / (RACES_PER_ROUND - 1));

/** Rounds of races for one step, moving the window until both orders have been seen. */
async function racesFor(step: Step): Promise<Race[]> {
  const races: Race[] = [];
  let shift = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const offsets = OFFSETS_MS.map((offset) => offset + shift + (Math.random() - 0.5) * 10);
    const results = await Promise.all(
      offsets.map(async (offset, i) => {
        await sleep(i * 150); // spread the claims apart
        return race(step, offset);
      }),
    );
    races.push(...results);
    const orders = new Set(races.map((r) => r.order));
    if (orders.size === 2) break;
    shift += orders.has("claim first") ? -40 : 40;
  }
  return races;
}

describe("a customer reply racing each follow-up claim", () => {
  const all: Race[] = [];

  afterAll(() => {
    if (all.length === 0) return;
    const lines = [`${all.length} races of a customer note against a follow-up claim:`];
    for (const step of [1, 2, 3] as const) {
      const ofStep = all.filter((r) => r.step === step);
      const counts = new Map<string, number>();
      for (const r of ofStep) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
      const latencies = ofStep.map((r) => r.noteAnsweredAt - r.noteSentAt).sort((a, b) => a - b);
      lines.push(
        `  claim ${step}: ${ofStep.length} races; ${[...counts].map(([k, v]) => `${v} × ${k}`).join("; ")}; ` +
          `ended ${summarise(ofStep.map((r) => (r.status === "ABORTED" ? "ABORTED" : `${r.status} (${r.endState})`)))}; ` +
          `note latency ${latencies[0]}-${latencies.at(-1)} ms; ` +
          `claim attempted ${range(ofStep.flatMap((r) => (r.claimVsNoteMs === undefined ? [] : [r.claimVsNoteMs])))} ms ` +
          "from the note's request; follow-up e-mails claimed before the note but handed to SES after it " +
          `was sent: ${ofStep.reduce((n, r) => n + r.crossing.afterSent, 0)}, ` +
          `after it was answered: ${ofStep.reduce((n, r) => n + r.crossing.afterAnswered, 0)}; ` +
          `timeline lists a follow-up after the note: ${ofStep.reduce((n, r) => n + r.listedAfterNote, 0)}`,
      );
    }
    console.info(lines.join("\n"));
  });

  it.each([1, 2, 3] as const)(
    "never sends follow-up %i after the reply was accepted, whichever wins",
    async (step) => {
      const races = await racesFor(step);
      all.push(...races);

      expect(new Set(races.map((r) => r.order))).toEqual(new Set(["reply first", "claim first"]));
      for (const r of races) {
        // Reply first: only the earlier follow-ups went out. Claim first: this one too, at most.
        expect(r.followUpsMailed).toBeLessThanOrEqual(r.order === "reply first" ? step - 1 : step);
      }
    },
    120_000,
  );
});

function range(values: number[]): string {
  if (values.length === 0) return "never";
  return `${Math.min(...values)} to ${Math.max(...values)}`;
}

function summarise(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${count} × ${value}`).join(", ");
}
