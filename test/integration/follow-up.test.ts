import { GetExecutionHistoryCommand } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { followUpDays } from "#domain/follow-up";
import { eventually, sleep } from "../support/eventually";
import {
  api,
  caseItem,
  executionArnFor,
  isClosed,
  loseStopRequestsOfCase,
  mailsTo,
  newCustomer,
  newUser,
  openCase,
  sfn,
  stack,
  type TestUser,
  waitForExecution,
  waitForMails,
} from "../support/local";
import { FOLLOW_UP_DAY_SECONDS_IN_TESTS } from "../support/stack-facts";

const DAY_MS = FOLLOW_UP_DAY_SECONDS_IN_TESTS * 1000;

async function agentReplies(agent: TestUser, caseNumber: string, message = "Please update to build 4711.") {
  const answer = await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message } });
  expect(answer.status).toBe(201);
  return String(answer.body.replyId);
}

async function customerNotes(customer: TestUser, caseNumber: string, message: string) {
  const answer = await api("POST", `/cases/${caseNumber}/notes`, { user: customer, json: { message } });
  expect(answer.status).toBe(201);
  return answer.body;
}

async function stateEnteredTimes(caseNumber: string, replyId: string, names: RegExp) {
  const { events = [] } = await sfn.send(
    new GetExecutionHistoryCommand({ executionArn: executionArnFor(caseNumber, replyId) }),
  );
  return events.flatMap((event) => {
    const name = event.stateEnteredEventDetails?.name;
    return name && names.test(name) ? [[name, event.timestamp!.getTime()] as const] : [];
  });
}

async function lastStateEntered(caseNumber: string, replyId: string) {
  const { events = [] } = await sfn.send(
    new GetExecutionHistoryCommand({
      executionArn: executionArnFor(caseNumber, replyId),
      reverseOrder: true,
    }),
  );
  return events.find((event) => event.stateEnteredEventDetails)?.stateEnteredEventDetails?.name;
}

describe("the follow-up sequence after a support reply", () => {
  it("sends the reply and exactly three follow-ups at 3, 6 and 10 days when the customer never answers", async () => {
    const [customer, agent] = await Promise.all([newCustomer(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);

    const replyId = await agentReplies(agent, caseNumber);
    const execution = await waitForExecution(caseNumber, replyId, isClosed);
    const mails = await mailsTo(customer.email);

    expect(execution.status).toBe("SUCCEEDED");
    expect(mails.map((m) => m.subject)).toEqual(Array(4).fill(`Acme Backup support case ${caseNumber}`));
    expect(mails[0]?.body.text).toContain("Please update to build 4711.");
    const followUps = mails.slice(1);
    for (const mail of followUps) {
      expect(mail.body.text).toContain(`We are following up on your support case #${caseNumber}`);
      expect(mail.body.text).toMatch(/was sent on \d{1,2} \w+ \d{4}/);
    }
    // Every mail greets the customer by the profile's first name, links to the case page and
    // closes as the handbook's sample does; each follow-up says which one it is.
    const casePage = new URL(`cases/${caseNumber}`, stack.portalUrl).href;
    const headings = [
      "Our answer to",
      "First follow-up on",
      "Second follow-up on",
      "Third and last follow-up on",
    ];
    mails.forEach((mail, i) => {
      for (const part of [mail.body.text, mail.body.html]) {
        expect(part).toContain("Dear Li,");
        expect(part).toContain(`${headings[i]} your support case #${caseNumber}`);
        expect(part).toContain(casePage);
        expect(part).toContain("We look forward to your reply. Thank you!");
      }
      expect(mail.body.html).toContain(`href="${casePage}"`);
    });
    expect(mails[3]?.body.text).toContain("This is our last follow-up");
    // Each follow-up is sent no earlier than its (scaled) day, in order, per the execution's history.
    const sendTimes = await stateEnteredTimes(caseNumber, replyId, /^Send follow-up \d$/);
    expect(sendTimes.map(([name]) => name)).toEqual([
      "Send follow-up 1",
      "Send follow-up 2",
      "Send follow-up 3",
    ]);
    sendTimes.forEach(([, at], i) => {
      expect(at - execution.startDate!.getTime()).toBeGreaterThanOrEqual((followUpDays()[i] ?? 0) * DAY_MS);
    });
    expect(await caseItem(caseNumber)).toMatchObject({ status: "no_customer_response", followUpsSent: 3 });
    const timeline = await eventually("three follow-up events on the timeline", async () => {
      const events = (await api("GET", `/cases/${caseNumber}/events`, { user: customer })).body.items as {
        type: string;
        message?: string;
      }[];
      const sent = events.filter((e) => e.type === "follow-up-sent");
      return sent.length === 3 ? sent : undefined;
    });
    expect(timeline.map((e) => e.message)).toEqual([
      "Follow-up 1 of 3 e-mailed.",
      "Follow-up 2 of 3 e-mailed.",
      "Follow-up 3 of 3 e-mailed.",
    ]);
    expect(await lastStateEntered(caseNumber, replyId)).toBe("Follow-ups complete");
  });

  it("stops after the first follow-up when the customer answers, and hands the case back to support", async () => {
    const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const replyId = await agentReplies(agent, caseNumber);
    await waitForMails(customer.email, 2);

    const note = await customerNotes(customer, caseNumber, "Still failing after the update, log attached.");
    const execution = await waitForExecution(caseNumber, replyId, isClosed);
    await sleep(7 * DAY_MS); // well past the second and third follow-up

    expect(note.statusAfter).toBe("awaiting_support");
    expect(execution.status).toBe("ABORTED");
    expect(execution.cause).toMatch(/no longer waits on the customer/);
    expect(await mailsTo(customer.email)).toHaveLength(2);
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_support", followUpsSent: 1 });
  });

  it.each(["Resolved", "  resolved. ", "已解决"])(
    "closes the case as resolved when the customer replies %j",
    async (text) => {
      const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
      const caseNumber = await openCase(customer);
      const replyId = await agentReplies(agent, caseNumber);

      const note = await customerNotes(customer, caseNumber, text);
      await waitForExecution(caseNumber, replyId, isClosed);

      expect(note.statusAfter).toBe("resolved");
      expect(await caseItem(caseNumber)).toMatchObject({ status: "resolved" });
    },
  );

  it("treats a note that merely mentions 'resolved' as an ordinary answer", async () => {
    const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await agentReplies(agent, caseNumber);

    const note = await customerNotes(customer, caseNumber, "Not resolved yet, sorry");

    expect(note.statusAfter).toBe("awaiting_support");
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_support" });
  });

  it("sends nothing after the customer answered even when the stop request is lost: the claim refuses", async () => {
    const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await loseStopRequestsOfCase(caseNumber);
    const replyId = await agentReplies(agent, caseNumber);
    await waitForMails(customer.email, 1);

    await customerNotes(customer, caseNumber, "Tried it, no luck.");
    const execution = await waitForExecution(caseNumber, replyId, isClosed);

    expect(execution.status).toBe("SUCCEEDED");
    expect(await lastStateEntered(caseNumber, replyId)).toBe("No longer waiting on this reply");
    expect(await mailsTo(customer.email)).toHaveLength(1);
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_support", followUpsSent: 0 });
  });

  it("lets a second support reply supersede the running sequence, which then sends nothing more", async () => {
    const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const firstReply = await agentReplies(agent, caseNumber, "First answer.");
    await waitForMails(customer.email, 2); // reply 1 and its first follow-up

    const secondReply = await agentReplies(agent, caseNumber, "Second answer.");
    const first = await waitForExecution(caseNumber, firstReply, isClosed);
    const second = await waitForExecution(caseNumber, secondReply, isClosed);
    const mails = await mailsTo(customer.email);

    expect(first.status).toBe("ABORTED");
    expect(second.status).toBe("SUCCEEDED");
    // 2 from the first reply, then the second reply with its own three follow-ups.
    expect(mails).toHaveLength(6);
    expect(mails[2]?.body.text).toContain("Second answer.");
    expect(await caseItem(caseNumber)).toMatchObject({ awaitingReplyId: secondReply, followUpsSent: 3 });
  });
});
