import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Context, SESEvent } from "aws-lambda";
import { describe, expect, it, vi } from "vitest";
import { caseRepository } from "#repositories/case-repository";
import { processInboundMail } from "../../functions/inbound-mail/process-mail";
import { LOCAL_AWS } from "../../infra/local/emulators";
import { lambdaContext } from "../../infra/local/lambda-context";
import { LOCAL_REPLY_ADDRESS_SECRET } from "../../infra/local/stack";
import {
  api,
  caseItem,
  db,
  isClosed,
  newUser,
  openCase,
  stack,
  waitForExecution,
  waitForMails,
} from "../support/local";

const cases = caseRepository(db, stack.tableName);

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

function deliver(raw: string) {
  return processInboundMail(new TextEncoder().encode(raw), {
    secret: LOCAL_REPLY_ADDRESS_SECRET,
    loadCase: cases.loadCase,
    recordCustomerNote: cases.recordCustomerNote,
    now: () => new Date().toISOString(),
  });
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
    const messageId = `ses-${caseNumber}-${Date.now()}`;
    // SES's S3 action stores the message first; the Lambda action then names it.
    await new S3Client({ ...LOCAL_AWS, endpoint: stack.s3Url, forcePathStyle: true }).send(
      new PutObjectCommand({
        Bucket: stack.filesBucket,
        Key: `inbound/${messageId}`,
        Body: replyMail(customer.email, replyTo, "Still failing after 4711."),
      }),
    );
    const handler = await inboundMailHandler();
    const event = {
      Records: [{ ses: { mail: { messageId }, receipt: { recipients: [replyTo] } } }],
    } as unknown as SESEvent;

    await handler(event, lambdaContext("inbound-mail"));
    await handler(event, lambdaContext("inbound-mail"));

    const events = await api("GET", `/cases/${caseNumber}/events`, { user: customer });
    const notes = (events.body.items as { type: string }[]).filter((e) => e.type === "customer-note");
    expect(notes).toHaveLength(1);
  });
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
  const { handler } = await import("../../functions/inbound-mail/handler");
  return handler as (event: SESEvent, context: Context) => Promise<void>;
}
