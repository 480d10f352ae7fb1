import { describe, expect, it } from "vitest";
import { caseRepository } from "#repositories/case-repository";
import { processInboundMail } from "../../functions/inbound-mail/process-mail";
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

describe("answering a case e-mail by e-mail", () => {
  it("threads 'Resolved' into the case through its reply address, which closes it and stops the follow-up", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const reply = await api("POST", `/cases/${caseNumber}/replies`, {
      user: agent,
      json: { message: "Try 4711." },
    });
    const [mail] = await waitForMails(customer.email, 1);
    const replyTo = (mail as unknown as { replyTo: string[] }).replyTo[0] ?? "";
    expect(replyTo).toMatch(new RegExp(`^case\\+${caseNumber}\\.[0-9a-f]{16}@`));

    const result = await deliver(replyMail(customer.email, replyTo, "Resolved"));
    const execution = await waitForExecution(caseNumber, String(reply.body.replyId), isClosed);

    expect(result).toMatchObject({ outcome: "applied", caseNumber, statusAfter: "resolved" });
    expect(execution.status).toBe("ABORTED");
    expect(await caseItem(caseNumber)).toMatchObject({ status: "resolved" });
  });

  it("hands the case back to support for any other answer, without the quoted history", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message: "Try 4711." } });
    const [mail] = await waitForMails(customer.email, 1);
    const replyTo = (mail as unknown as { replyTo: string[] }).replyTo[0] ?? "";

    await deliver(replyMail(customer.email, replyTo, "Still failing, see attached log."));
    const events = await api("GET", `/cases/${caseNumber}/events`, { user: customer });
    const note = (events.body.items as { type: string; message?: string }[]).find(
      (e) => e.type === "customer-note",
    );

    expect(note?.message).toBe("Still failing, see attached log.");
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_support" });
  });

  it("drops a stranger's mail and a forged address, changing nothing", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message: "Try 4711." } });
    const [mail] = await waitForMails(customer.email, 1);
    const replyTo = (mail as unknown as { replyTo: string[] }).replyTo[0] ?? "";

    const stranger = await deliver(replyMail("someone@elsewhere.example", replyTo, "Resolved"));
    const forged = await deliver(
      replyMail(customer.email, `case+${caseNumber}.0000000000000000@reply.example`, "Resolved"),
    );

    expect(stranger).toMatchObject({ outcome: "dropped", reason: "stranger" });
    expect(forged).toMatchObject({ outcome: "dropped", reason: "no-case-address" });
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_customer" });
  });
});
