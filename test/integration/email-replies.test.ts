import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Context, SESEvent } from "aws-lambda";
import { describe, expect, it, vi } from "vitest";
import { caseNotes } from "#inbound-mail/case-notes";
import type { ReceiptVerdicts } from "#inbound-mail/mail-authentication";
import { processInboundMail } from "#inbound-mail/process-mail";
import { threadOnce } from "#inbound-mail/thread-once";
import { LOCAL_AWS } from "#infra/local/aws";
import { lambdaContext } from "#infra/local/lambda-context";
import { LOCAL_REPLY_ADDRESS_SECRET } from "#infra/local/stack";
import { REPOSITORY_ROOT } from "#infra/repository";
import { keys } from "#repositories/keys";
import {
  api,
  caseItem,
  db,
  isClosed,
  newUser,
  openCase,
  stack,
  type TestUser,
  waitForExecution,
  waitForMails,
} from "../support/local";

const table = { db, tableName: stack.tableName };
const cases = caseNotes(table);

const PASSED: ReceiptVerdicts = { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" };
/** What SES says of a forged From: the sending server is not the customer domain's. */
const FORGED: ReceiptVerdicts = { ...PASSED, spf: "FAIL", dkim: "FAIL", dmarc: "FAIL" };

/** What the customer's mail client sends back: their words on top, our mail quoted below. */
function replyMail(from: string, to: string, words: string): string {
  return [
    `From: Customer <${from}>`,
    `To: ${to}`,
    "Subject: Re: Acme Backup support case",
    "Message-ID: <reply-1@mail.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    words,
    "",
    "On Wed, 25 Nov 2026 at 10:00, Acme Backup Support <support@support-center.example> wrote:",
    "> Please update to build 4711.",
    "",
  ].join("\r\n");
}

function deliver(raw: string, verdicts = PASSED, notes = cases) {
  return processInboundMail(
    new TextEncoder().encode(raw),
    {
      secret: LOCAL_REPLY_ADDRESS_SECRET,
      ...notes,
      now: () => new Date().toISOString(),
    },
    { verdicts },
  );
}

async function customerNotes(caseNumber: string, customer: TestUser) {
  const events = await api("GET", `/cases/${caseNumber}/events`, { user: customer });
  return (events.body.items as { type: string }[]).filter((e) => e.type === "customer-note");
}

/** SES's S3 action stores the message first; the Lambda action then names it, with its verdicts. */
async function receivedBySes(raw: string, replyTo: string, verdicts: ReceiptVerdicts): Promise<SESEvent> {
  const messageId = `ses-${crypto.randomUUID()}`;
  await new S3Client({ ...LOCAL_AWS, endpoint: stack.s3Url, forcePathStyle: true }).send(
    new PutObjectCommand({ Bucket: stack.filesBucket, Key: `inbound/${messageId}`, Body: raw }),
  );
  const receipt = {
    recipients: [replyTo],
    spfVerdict: { status: verdicts.spf },
    dkimVerdict: { status: verdicts.dkim },
    dmarcVerdict: { status: verdicts.dmarc },
    spamVerdict: { status: verdicts.spam },
    virusVerdict: { status: verdicts.virus },
  };
  return { Records: [{ ses: { mail: { messageId }, receipt } }] } as unknown as SESEvent;
}

/** A case support has answered: the customer holds our e-mail with the case's reply address. */
async function caseAwaitingCustomer() {
  const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
  const caseNumber = await openCase(customer);
  const reply = await api("POST", `/cases/${caseNumber}/replies`, {
    user: agent,
    json: { message: "Try 4711." },
  });
  const [mail] = await waitForMails(customer.email, 1);
  const replyTo = (mail as unknown as { replyTo: string[] }).replyTo[0] ?? "";
  return { customer, caseNumber, replyId: String(reply.body.replyId), replyTo };
}

describe("answering a case e-mail by e-mail", () => {
  it("threads 'Resolved' into the case through its reply address, which closes it and stops the follow-up", async () => {
    const { customer, caseNumber, replyId, replyTo } = await caseAwaitingCustomer();
    expect(replyTo).toMatch(new RegExp(`^case\\+${caseNumber}\\.[0-9a-f]{16}@`));

    const result = await deliver(replyMail(customer.email, replyTo, "Resolved"));
    const execution = await waitForExecution(caseNumber, replyId, isClosed);

    expect(result).toMatchObject({ outcome: "applied", caseNumber, statusAfter: "resolved" });
    expect(execution.status).toBe("ABORTED");
    expect(await caseItem(caseNumber)).toMatchObject({ status: "resolved" });
  });

  it("hands the case back to support for any other answer, without the quoted history", async () => {
    const { customer, caseNumber, replyTo } = await caseAwaitingCustomer();

    await deliver(replyMail(customer.email, replyTo, "Still failing, see attached log."));
    const events = await api("GET", `/cases/${caseNumber}/events`, { user: customer });
    const note = (events.body.items as { type: string; message?: string }[]).find(
      (e) => e.type === "customer-note",
    );

    expect(note?.message).toBe("Still failing, see attached log.");
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_support" });
  });

  it("drops a stranger's mail and a forged address, changing nothing", async () => {
    const { customer, caseNumber, replyTo } = await caseAwaitingCustomer();

    const stranger = await deliver(replyMail("someone@elsewhere.example", replyTo, "Resolved"));
    const forged = await deliver(
      replyMail(customer.email, `case+${caseNumber}.0000000000000000@reply.example`, "Resolved"),
    );

    expect(stranger).toMatchObject({ outcome: "dropped", reason: "stranger" });
    expect(forged).toMatchObject({ outcome: "dropped", reason: "no-case-address" });
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_customer" });
  });

  it("threads a message SES hands over twice (a retried invocation) only once", async () => {
    const { customer, caseNumber, replyTo } = await caseAwaitingCustomer();
    const event = await receivedBySes(
      replyMail(customer.email, replyTo, "Still failing after 4711."),
      replyTo,
      PASSED,
    );
    const handler = await inboundMailHandler();

    await handler(event, lambdaContext("inbound-mail"));
    await handler(event, lambdaContext("inbound-mail"));

    expect(await customerNotes(caseNumber, customer)).toHaveLength(1);
  });
});

/** Resolves once `parties` callers wait on it: two invocations get past their record's read together. */
function meeting(parties: number): () => Promise<void> {
  let arrived = 0;
  let resolve = () => {};
  const all = new Promise<void>((done) => {
    resolve = done;
  });
  return () => {
    if (++arrived === parties) resolve();
    return all;
  };
}

describe("a message handed over more than once, as the inbound-mail function threads it", () => {
  const DAY_MS = 24 * 60 * 60 * 1000;

  it("becomes one note when two invocations race, and both tell the same outcome", async () => {
    const { customer, caseNumber, replyTo } = await caseAwaitingCustomer();
    const raw = replyMail(customer.email, replyTo, "Still failing after 4711.");
    const messageId = `ses-${crypto.randomUUID()}`;
    const bothRead = meeting(2);
    const invocation = () =>
      threadOnce(table, messageId, async (notes) => {
        await bothRead();
        return deliver(raw, PASSED, notes);
      });

    const [one, other] = await Promise.all([invocation(), invocation()]);

    expect(one.outcome).toEqual({ outcome: "applied", caseNumber });
    expect(other.outcome).toEqual(one.outcome);
    expect([one.replayed, other.replayed].sort()).toEqual([false, true]);
    expect(await customerNotes(caseNumber, customer)).toHaveLength(1);
  });

  it("is kept once when dropped, however many invocations hand it over, and is not read again", async () => {
    const { customer, caseNumber, replyTo } = await caseAwaitingCustomer();
    const raw = replyMail(customer.email, replyTo, "Resolved");
    const messageId = `ses-${crypto.randomUUID()}`;
    let reads = 0;
    const invocation = (meet: () => Promise<void>) =>
      threadOnce(table, messageId, async (notes) => {
        reads++;
        await meet();
        return deliver(raw, FORGED, notes);
      });
    const bothRead = meeting(2);

    const racing = await Promise.all([invocation(bothRead), invocation(bothRead)]);
    const later = await invocation(meeting(1));

    const dropped = { outcome: "dropped", caseNumber, reason: "unauthenticated", verdicts: FORGED };
    expect(racing.map((threaded) => threaded.outcome)).toEqual([dropped, dropped]);
    expect(racing.map((threaded) => threaded.replayed).sort()).toEqual([false, true]);
    expect(later).toEqual({ outcome: dropped, replayed: true });
    expect(reads).toBe(2);
    const { Item } = await db.send(
      new GetCommand({ TableName: stack.tableName, Key: keys.inboundMessage(messageId) }),
    );
    expect(Item).toMatchObject({ response: dropped });
    expect(Item?.expiresAt).toBeGreaterThan((Date.now() + 6 * DAY_MS) / 1000);
    expect(await customerNotes(caseNumber, customer)).toEqual([]);
  });

  it("is threaded again once its record has expired", async () => {
    const { customer, caseNumber, replyTo } = await caseAwaitingCustomer();
    const raw = replyMail(customer.email, replyTo, "Still failing after 4711.");
    const messageId = `ses-${crypto.randomUUID()}`;
    const thread = (notes: typeof cases) => deliver(raw, PASSED, notes);

    const weekOld = await threadOnce(table, messageId, thread, Date.now() - 8 * DAY_MS);
    const again = await threadOnce(table, messageId, thread);

    expect(weekOld).toMatchObject({ outcome: { outcome: "applied", caseNumber }, replayed: false });
    expect(again).toMatchObject({ outcome: { outcome: "applied", caseNumber }, replayed: false });
    expect(await customerNotes(caseNumber, customer)).toHaveLength(2);
  });
});

describe("a reply whose sender SES does not vouch for", () => {
  it("is dropped though it names the customer in From and the case's valid reply address", async () => {
    const { customer, caseNumber, replyId, replyTo } = await caseAwaitingCustomer();

    const forged = await deliver(replyMail(customer.email, replyTo, "Resolved"), FORGED);
    const spam = await deliver(replyMail(customer.email, replyTo, "Resolved"), { ...PASSED, spam: "FAIL" });
    const noDmarc = await deliver(replyMail(customer.email, replyTo, "Resolved"), {
      ...PASSED,
      dmarc: "GRAY",
    });

    expect(forged).toEqual({
      outcome: "dropped",
      reason: "unauthenticated",
      verdicts: FORGED,
      caseNumber,
      messageId: expect.any(String),
    });
    expect(spam).toMatchObject({ outcome: "dropped", reason: "spam" });
    expect(noDmarc).toMatchObject({ outcome: "dropped", reason: "unauthenticated" });
    expect(await caseItem(caseNumber)).toMatchObject({
      status: "awaiting_customer",
      awaitingReplyId: replyId,
    });
    expect(await customerNotes(caseNumber, customer)).toEqual([]);
  });

  it("reaching the function from SES is dropped, logged without its sender or words, and counted", async () => {
    const { customer, caseNumber, replyId, replyTo } = await caseAwaitingCustomer();
    const words = `Resolved ${crypto.randomUUID()}`;
    const event = await receivedBySes(replyMail(customer.email, replyTo, words), replyTo, FORGED);
    // A fresh handler that logs at INFO and writes its metric lines, as in AWS.
    vi.resetModules();
    vi.stubEnv("POWERTOOLS_LOG_LEVEL", "INFO");
    vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "false");
    const handler = await inboundMailHandler();
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await handler(event, lambdaContext("inbound-mail"));
    } finally {
      write.mockRestore();
      vi.unstubAllEnvs();
    }

    const lines = written.flatMap((chunk) => chunk.split("\n")).filter((line) => line.startsWith("{"));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.find((line) => line.message === "inbound mail")).toMatchObject({
      level: "INFO",
      caseNumber,
      outcome: "dropped",
      reason: "unauthenticated",
      verdicts: FORGED,
    });
    expect(parsed.find((line) => "InboundMailRefused" in line)).toMatchObject({
      InboundMailRefused: 1,
      reason: "unauthenticated",
    });
    for (const personal of [customer.email, words, replyTo]) expect(written.join("")).not.toContain(personal);
    expect(await caseItem(caseNumber)).toMatchObject({
      status: "awaiting_customer",
      awaitingReplyId: replyId,
    });
    expect(await customerNotes(caseNumber, customer)).toEqual([]);
  });

  it("is what `npm run receive-mail` makes of a message given failing verdicts, PASS being the default", async () => {
    const { customer, caseNumber, replyTo } = await caseAwaitingCustomer();
    const file = join(mkdtempSync(join(tmpdir(), "receive-mail-")), "reply.eml");
    writeFileSync(file, replyMail(customer.email, replyTo, "Still failing."));
    const receiveMail = async (...flags: string[]) => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "infra/ops/receive-mail.ts", file, ...flags],
        {
          cwd: REPOSITORY_ROOT,
          env: {
            ...process.env,
            TABLE_NAME: stack.tableName,
            AWS_ENDPOINT_URL_DYNAMODB: stack.dynamodbUrl,
            AWS_REGION: LOCAL_AWS.region,
            AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
            AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
          },
        },
      );
      return JSON.parse(stdout) as Record<string, unknown>;
    };

    expect(await receiveMail("--dmarc", "fail", "--spf", "FAIL")).toMatchObject({
      outcome: "dropped",
      reason: "unauthenticated",
      verdicts: { dmarc: "FAIL", spf: "FAIL", dkim: "PASS" },
    });
    expect(await customerNotes(caseNumber, customer)).toEqual([]);
    expect(await receiveMail()).toMatchObject({ outcome: "applied", caseNumber });
    expect(await customerNotes(caseNumber, customer)).toHaveLength(1);
  }, 60_000);
});

/** The deployed inbound-mail function, configured as CDK configures it, against the local stack. */
async function inboundMailHandler() {
  vi.stubEnv("TABLE_NAME", stack.tableName);
  vi.stubEnv("FILES_BUCKET", stack.filesBucket);
  vi.stubEnv("REPLY_ADDRESS_SECRET", LOCAL_REPLY_ADDRESS_SECRET);
  vi.stubEnv("S3_FORCE_PATH_STYLE", "true");
  vi.stubEnv("AWS_ENDPOINT_URL_S3", stack.s3Url);
  vi.stubEnv("AWS_ENDPOINT_URL_DYNAMODB", stack.dynamodbUrl);
  vi.stubEnv("AWS_REGION", LOCAL_AWS.region);
  vi.stubEnv("AWS_ACCESS_KEY_ID", LOCAL_AWS.credentials.accessKeyId);
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", LOCAL_AWS.credentials.secretAccessKey);
  const { handler } = await import("#inbound-mail/handler");
  return handler as (event: SESEvent, context: Context) => Promise<void>;
}
