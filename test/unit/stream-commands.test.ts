import { describe, expect, it } from "vitest";
import { FOLLOW_UP_ATTRIBUTES as A, followUpExecutionName } from "#domain/follow-up-protocol";
import { casePageUrl } from "#follow-up/execution-input";
import { followUpCommands } from "#follow-up/stream-commands";

const settings = {
  vendorName: "Acme Backup",
  timeZone: "Asia/Shanghai",
  replyAddress: (caseNumber: string) => `case+${caseNumber}.token@reply.example`,
  caseUrl: (caseNumber: string) => casePageUrl("https://support.example.com/portal/", caseNumber),
};

const reply = {
  pk: "CASE#00000042",
  sk: "EVENT#2026-11-25T16:30:00.000Z#e1",
  eventId: "e1",
  caseNumber: "00000042",
  type: "support-reply",
  at: "2026-11-25T16:30:00.000Z",
  actorId: "agent-1",
  message: "Update to build 4711.",
  replyId: "3",
  customerEmail: "c@example.com",
  language: "zh-CN",
  customerName: { firstName: "小明", lastName: "王" },
};

const waiting = (replyId: string) => ({
  pk: "CASE#00000042",
  sk: "CASE",
  caseNumber: "00000042",
  status: "awaiting_customer",
  [A.awaitingReplyId]: replyId,
});

describe("what a committed change means for follow-ups", () => {
  it("a new support reply starts its own execution with the contract's input", () => {
    const [command, ...rest] = followUpCommands({ eventName: "INSERT", newImage: reply }, settings);

    expect(rest).toEqual([]);
    expect(command).toMatchObject({
      kind: "start",
      name: followUpExecutionName("00000042", "3"),
      input: {
        caseNumber: "00000042",
        replyId: "3",
        repliedAt: reply.at,
        customerEmail: "c@example.com",
        replyTo: "case+00000042.token@reply.example",
        language: "zh-CN",
        caseKey: { pk: { S: "CASE#00000042" }, sk: { S: "CASE" } },
      },
    });
    const input = command?.kind === "start" ? command.input : undefined;
    // 16:30 UTC is already the next day in Shanghai: the customer is told the local date.
    expect(JSON.parse(input?.email.followUpData ?? "{}")).toEqual({
      vendorName: "Acme Backup",
      caseNumber: "00000042",
      replyDate: "2026年11月26日",
      caseUrl: "https://support.example.com/portal/cases/00000042",
      customerName: "王小明",
      customerNameHtml: "王小明",
    });
    expect(JSON.parse(input?.email.replyData ?? "{}")).toMatchObject({
      replyBody: "Update to build 4711.",
      customerName: "王小明",
      caseUrl: "https://support.example.com/portal/cases/00000042",
    });
  });

  it("a reply to a customer without a name hands over an empty one, for the neutral greeting", () => {
    const { customerName: _name, ...unnamed } = reply;
    const [command] = followUpCommands({ eventName: "INSERT", newImage: unnamed }, settings);

    const input = command?.kind === "start" ? command.input : undefined;
    expect(JSON.parse(input?.email.followUpData ?? "{}")).toMatchObject({
      customerName: "",
      customerNameHtml: "",
    });
  });

  it.each([
    ["https://d1.cloudfront.net/portal/", "https://d1.cloudfront.net/portal/cases/00000042"],
    ["https://d1.cloudfront.net/portal", "https://d1.cloudfront.net/portal/cases/00000042"],
    ["http://127.0.0.1:4321/portal/", "http://127.0.0.1:4321/portal/cases/00000042"],
  ])("links a case e-mail under the portal %s to its case page", (portalUrl, page) => {
    expect(casePageUrl(portalUrl, "00000042")).toBe(page);
  });

  it("a case that stops waiting on a reply stops that reply's execution", () => {
    const commands = followUpCommands(
      {
        eventName: "MODIFY",
        oldImage: waiting("3"),
        newImage: { ...waiting("3"), status: "awaiting_support", [A.awaitingReplyId]: undefined },
      },
      settings,
    );
    expect(commands).toEqual([
      {
        kind: "stop",
        name: followUpExecutionName("00000042", "3"),
        cause: "the case no longer waits on the customer",
      },
    ]);
  });

  it("a newer reply stops the older execution", () => {
    const commands = followUpCommands(
      { eventName: "MODIFY", oldImage: waiting("3"), newImage: waiting("4") },
      settings,
    );
    expect(commands).toEqual([
      { kind: "stop", name: followUpExecutionName("00000042", "3"), cause: "superseded by support reply 4" },
    ]);
  });

  it("a follow-up claim (same reply, one more e-mail sent) becomes a timeline event, nothing else", () => {
    const commands = followUpCommands(
      {
        eventName: "MODIFY",
        oldImage: { ...waiting("3"), [A.followUpsSent]: 1 },
        newImage: { ...waiting("3"), [A.followUpsSent]: 2, [A.lastFollowUpAt]: "2026-12-01T09:00:00.000Z" },
      },
      settings,
    );
    expect(commands).toEqual([
      {
        kind: "record-follow-up",
        step: 2,
        event: expect.objectContaining({
          eventId: "follow-up-3-2",
          type: "follow-up-sent",
          at: "2026-12-01T09:00:00.000Z",
          message: "Follow-up 2 of 3 e-mailed.",
          visibility: "public",
        }),
      },
    ]);
  });

  it("other items and other events are ignored", () => {
    expect(
      followUpCommands({ eventName: "INSERT", newImage: { ...reply, type: "customer-note" } }, settings),
    ).toEqual([]);
    expect(followUpCommands({ eventName: "MODIFY", oldImage: reply, newImage: reply }, settings)).toEqual([]);
    expect(
      followUpCommands(
        { eventName: "INSERT", newImage: { pk: "COUNTER#case-number", sk: "COUNTER" } },
        settings,
      ),
    ).toEqual([]);
  });
});
