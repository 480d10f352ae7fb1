import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { DomainError } from "#domain/errors";
import { statusAfterCustomerNote } from "#domain/support-case";
import { type ApplyReplyDeps, applyInboundReply } from "#inbound-mail/apply-reply";
import type { caseNotes } from "#inbound-mail/case-notes";
import { type ReceiptVerdicts, refusalReason, verdictsOf } from "#inbound-mail/mail-authentication";
import { type ParsedMail, parseInboundReply } from "#inbound-mail/parse-reply";
import { processInboundMail } from "#inbound-mail/process-mail";
import { caseFromReplyAddress, replyAddressFor } from "#inbound-mail/reply-address";
import { replyTextFromHtml, replyTextFromPlain } from "#inbound-mail/reply-text";
import { type CaseEvent, CaseRecord } from "#repositories/case-records";

/** The fixtures' addresses were made with this secret: case 00000042 → token 3c911a272ea6481d. */
const SECRET = "fixture-secret";
const DOMAIN = "reply.support.example";
const CONTACT = "li.wei@customer.example";
const CASE_ADDRESS = "case+00000042.3c911a272ea6481d@reply.support.example";
/** SES vouches for the sender: DMARC passed, the scans found nothing. */
const PASSED: ReceiptVerdicts = { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" };

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/mail/${name}`, import.meta.url)));
}

const eightDigits = fc.integer({ min: 0, max: 99_999_999 }).map((n) => String(n).padStart(8, "0"));

describe("per-case reply addresses", () => {
  it("have the shape case+<number>.<16 hex>@<domain>", () => {
    expect(replyAddressFor("00000042", SECRET, DOMAIN)).toBe(CASE_ADDRESS);
    expect(replyAddressFor("00000042", "another-secret", DOMAIN)).not.toBe(CASE_ADDRESS);
  });

  it("lead back to their case, whatever the number, secret and domain", () => {
    fc.assert(
      fc.property(eightDigits, fc.string({ minLength: 1 }), fc.domain(), (caseNumber, secret, domain) => {
        expect(caseFromReplyAddress(replyAddressFor(caseNumber, secret, domain), secret)).toBe(caseNumber);
      }),
    );
  });

  it("are refused after any single-character change of the token", () => {
    const replacements = [..."0123456789abcdefABCDEFgxz.+-_@ "];
    fc.assert(
      fc.property(
        eightDigits,
        fc.string({ minLength: 1 }),
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom(...replacements),
        (caseNumber, secret, position, replacement) => {
          const address = replyAddressFor(caseNumber, secret, DOMAIN);
          const at = "case+00000000.".length + position;
          const original = address[at] ?? "";
          fc.pre(replacement.toLowerCase() !== original);
          const changed = address.slice(0, at) + replacement + address.slice(at + 1);
          const dropped = address.slice(0, at) + address.slice(at + 1);
          expect(caseFromReplyAddress(changed, secret)).toBeUndefined();
          expect(caseFromReplyAddress(dropped, secret)).toBeUndefined();
        },
      ),
    );
  });

  it("are read in any letter case and with a display name", () => {
    expect(caseFromReplyAddress(CASE_ADDRESS.toUpperCase(), SECRET)).toBe("00000042");
    expect(caseFromReplyAddress(`"Acme Support" <${CASE_ADDRESS}>`, SECRET)).toBe("00000042");
    expect(caseFromReplyAddress(` ${CASE_ADDRESS} `, SECRET)).toBe("00000042");
  });

  it.each([
    ["another secret's token", replyAddressFor("00000042", "another-secret", DOMAIN)],
    ["another case's token", CASE_ADDRESS.replace("00000042", "00000043")],
    ["a plain address", "support@support.example"],
    ["no token", "case+00000042@reply.support.example"],
    ["a short case number", "case+42.3c911a272ea6481d@reply.support.example"],
    ["no domain", "case+00000042.3c911a272ea6481d"],
    ["an empty string", ""],
  ])("are refused with %s", (_, address) => {
    expect(caseFromReplyAddress(address, SECRET)).toBeUndefined();
  });

  it("refuse to be made from a bad case number, domain or an empty secret", () => {
    expect(() => replyAddressFor("42", SECRET, DOMAIN)).toThrow(RangeError);
    expect(() => replyAddressFor("00000042", SECRET, "bad domain")).toThrow(RangeError);
    expect(() => replyAddressFor("00000042", "", DOMAIN)).toThrow();
    expect(() => caseFromReplyAddress(CASE_ADDRESS, "")).toThrow();
  });
});

describe("the customer's own words of a reply", () => {
  it("drop '>' lines, also when answers are interleaved", () => {
    expect(replyTextFromPlain("> Is the job running?\nYes, since Monday.\n> Any errors?\nNo.")).toBe(
      "Yes, since Monday.\nNo.",
    );
  });

  it("take the words below the history when the customer posts at the bottom", () => {
    const text =
      "On Tue, 2 Jun 2026 at 09:15, Support <s@support.example> wrote:\n> just reply 'Resolved'\n\nResolved\n";
    expect(replyTextFromPlain(text)).toBe("Resolved");
  });

  it("cut an Outlook header block in English and Chinese, but not a 'From:' in prose", () => {
    const english =
      "Fixed.\n\n________________________________\nFrom: Support <s@x.example>\nSent: Tuesday\nTo: Li\nSubject: Case";
    expect(replyTextFromPlain(english)).toBe("Fixed.");
    const chinese =
      "还是不行。\n\n发件人: Support <s@x.example>\n发送时间: 2026年6月2日 9:15\n收件人: 李伟\n主题: 案例";
    expect(replyTextFromPlain(chinese)).toBe("还是不行。");
    const prose = "From: my side it still fails.\nTo: be precise, at 37%.";
    expect(replyTextFromPlain(prose)).toBe(prose);
  });

  it("end at the signature delimiter and drop a trailing device line", () => {
    expect(replyTextFromPlain("Resolved\n\n发自我的iPhone")).toBe("Resolved");
    expect(replyTextFromPlain("Thanks, it works.\n-- \nLi Wei\nIT")).toBe("Thanks, it works.");
    expect(replyTextFromPlain("-----Original Message-----\nFrom: x")).toBe("");
  });

  it("of an HTML reply leave out blockquotes, quote containers and tags", () => {
    const outlook =
      '<div>Still broken.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Support</div><div>just reply Resolved</div>';
    expect(replyTextFromHtml(outlook)).toBe("Still broken.");
    const outlookDesktop =
      '<p class="MsoNormal">Resolved<o:p></o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Support &lt;s@x.example&gt;<br><b>Sent:</b> Tuesday<br><b>To:</b> Li<br><b>Subject:</b> Case</p></div><p>reply Resolved</p>';
    expect(replyTextFromHtml(outlookDesktop)).toBe("Resolved");
    expect(
      replyTextFromHtml(
        "<p>A&amp;B &#x4E2D;&#25991; &lt;ok&gt;</p><blockquote>x<blockquote>y</blockquote>z</blockquote>",
      ),
    ).toBe("A&B 中文 <ok>");
  });
});

describe("reading hostile mail", () => {
  // Each of these took seconds at 160 kB with backtracking patterns; linear code needs milliseconds.
  it.each([
    ["an unclosed tag", "<div class=a ".repeat(80_000)],
    ["unclosed comments", "<!--".repeat(250_000)],
    ["unclosed line breaks", "<br".repeat(330_000)],
    ["lone angle brackets", "<".repeat(1_000_000)],
    ["unclosed blockquotes", "<blockquote".repeat(90_000)],
  ])("with %s stays fast", (_, html) => {
    const started = performance.now();
    replyTextFromHtml(html);
    replyTextFromPlain(html.replaceAll("<", "\nOn ").replaceAll("=", " wrote:"));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("parsing an inbound e-mail", () => {
  const reply = (text: string, from = CONTACT): ParsedMail =>
    expect.objectContaining({ kind: "reply", caseNumber: "00000042", from, text });
  const dropped = (reason: string): ParsedMail => expect.objectContaining({ kind: "dropped", reason });

  it.each<[string, ParsedMail]>([
    [
      "plain-reply.eml",
      reply("The backup still fails after the update.\nThe log shows error E42 at 02:00 every night."),
    ],
    [
      "html-only-reply.eml",
      reply("It works on the laptop but not on the server & the NAS.\n\nError: E42 <disk full>"),
    ],
    ["gmail-quoted.eml", reply("Still failing, see the new log: the job stops at 37%.")],
    [
      "outlook-original-message.eml",
      reply("Hi,\n\nThe problem came back this morning after the restart.\n\nRegards,\nLi"),
    ],
    ["chinese-quoted.eml", reply("升级到 5.2 版以后问题依旧，日志里还是错误 E42。")],
    ["resolved-en.eml", reply("Resolved")],
    ["resolved-zh.eml", reply("已解决。")],
    ["multipart-attachments.eml", reply("Here are the screenshot and the job log you asked for.")],
    ["stranger.eml", reply("Resolved", "mallory@elsewhere.example")],
    ["forged-token.eml", dropped("no-case-address")],
    ["no-case-address.eml", dropped("no-case-address")],
    ["auto-reply.eml", dropped("auto-reply")],
    ["malformed-random.eml", dropped("malformed")],
    ["malformed-truncated.eml", dropped("malformed")],
  ])("%s", async (name, expected) => {
    await expect(parseInboundReply(fixture(name), SECRET)).resolves.toEqual(expected);
  });

  it("finds the case address given by the envelope (a Bcc leaves no header)", async () => {
    const raw = `From: ${CONTACT}\r\nTo: someone@else.example\r\nSubject: hi\r\n\r\nStill failing.\r\n`;
    await expect(parseInboundReply(raw, SECRET)).resolves.toMatchObject({ reason: "no-case-address" });
    await expect(parseInboundReply(raw, SECRET, { recipients: [CASE_ADDRESS] })).resolves.toMatchObject({
      kind: "reply",
      text: "Still failing.",
    });
  });

  it("drops a reply with nothing of the customer's own", async () => {
    const raw = `From: ${CONTACT}\nTo: ${CASE_ADDRESS}\n\nOn Tue, 2 Jun 2026, Support <s@x.example> wrote:\n> reply 'Resolved'\n`;
    await expect(parseInboundReply(raw, SECRET)).resolves.toMatchObject({
      kind: "dropped",
      reason: "empty",
      caseNumber: "00000042",
    });
  });

  it("reads strings and ArrayBuffers as well as bytes", async () => {
    const bytes = fixture("resolved-en.eml");
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    await expect(parseInboundReply(buffer, SECRET)).resolves.toMatchObject({
      kind: "reply",
      text: "Resolved",
    });
    await expect(parseInboundReply(new TextDecoder().decode(bytes), SECRET)).resolves.toMatchObject({
      text: "Resolved",
    });
  });

  it("never throws, whatever it is fed", async () => {
    const header = fc.constantFrom(
      "From: ",
      "To: ",
      "Content-Type: multipart/mixed; boundary=x\n",
      "\n--x\n",
      "\r\n",
      ">",
    );
    const junk = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ unit: "binary", maxLength: 2000 }),
      fc
        .array(fc.oneof(header, fc.string(), fc.constant(CASE_ADDRESS)), { maxLength: 30 })
        .map((parts) => parts.join("")),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (raw) => {
        const parsed = await parseInboundReply(raw, SECRET);
        expect(["reply", "dropped"]).toContain(parsed.kind);
      }),
      { numRuns: 300 },
    );
  });
});

// Parsed, so fields other work adds to the record with a default do not break this fixture.
const CASE_42: CaseRecord = CaseRecord.parse({
  caseNumber: "00000042",
  customerId: "customer-li",
  customerEmail: "Li.Wei@Customer.Example",
  language: "en",
  topic: "product-problem",
  plan: "advantage-standard",
  firstResponseTargets: {},
  consumedCredit: false,
  severity: "B",
  subject: "Backup fails at 37%",
  description: "The nightly job stops.",
  preferredContact: "email",
  status: "awaiting_customer",
  replyCount: 1,
  awaitingReplyId: "1",
  followUpsSent: 1,
  createdAt: "2026-05-28T08:00:00.000Z",
  updatedAt: "2026-06-01T08:00:00.000Z",
});

/** A fake of our own case repository: the notes it was asked to record, with the real status rule. */
function fakeCases(cases: CaseRecord[], failWith?: Error) {
  const notes: { caseNumber: string; customerId: string; message: string; now: string }[] = [];
  const deps: ApplyReplyDeps = {
    async loadCase(caseNumber) {
      return cases.find((record) => record.caseNumber === caseNumber);
    },
    async recordCustomerNote(caseNumber, customerId, message, now): Promise<CaseEvent> {
      if (failWith) throw failWith;
      notes.push({ caseNumber, customerId, message, now });
      const statusAfter = statusAfterCustomerNote(message);
      return {
        eventId: "e1",
        caseNumber,
        type: "customer-note",
        at: now,
        actorId: customerId,
        message,
        statusAfter,
      };
    },
    now: () => "2026-06-02T03:00:00.000Z",
  };
  return { deps, notes };
}

describe("applying a reply to its case", () => {
  it("needs nothing of the repository but what the real one offers", () => {
    expectTypeOf<ReturnType<typeof caseNotes>>().toExtend<Omit<ApplyReplyDeps, "now">>();
  });

  it.each([
    ["resolved-en.eml", "resolved", "Resolved"],
    ["resolved-zh.eml", "resolved", "已解决。"],
    ["gmail-quoted.eml", "awaiting_support", "Still failing, see the new log: the job stops at 37%."],
    ["outlook-original-message.eml", "awaiting_support", undefined],
    ["html-only-reply.eml", "awaiting_support", undefined],
  ])("%s leaves the case %s", async (name, statusAfter, message) => {
    const { deps, notes } = fakeCases([CASE_42]);
    await expect(
      processInboundMail(fixture(name), { ...deps, secret: SECRET }, { verdicts: PASSED }),
    ).resolves.toEqual({
      outcome: "applied",
      caseNumber: "00000042",
      statusAfter,
      messageId: expect.any(String),
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      caseNumber: "00000042",
      customerId: "customer-li",
      now: "2026-06-02T03:00:00.000Z",
    });
    if (message) expect(notes[0]?.message).toBe(message);
  });

  it("drops a stranger's reply without touching the case", async () => {
    const { deps, notes } = fakeCases([CASE_42]);
    await expect(
      processInboundMail(fixture("stranger.eml"), { ...deps, secret: SECRET }, { verdicts: PASSED }),
    ).resolves.toMatchObject({
      outcome: "dropped",
      reason: "stranger",
      caseNumber: "00000042",
      from: "mallory@elsewhere.example",
    });
    expect(notes).toEqual([]);
  });

  it("drops a reply to a case that does not exist", async () => {
    const { deps, notes } = fakeCases([]);
    await expect(
      applyInboundReply({ caseNumber: "00000042", from: CONTACT, text: "Resolved" }, deps),
    ).resolves.toEqual({
      outcome: "dropped",
      caseNumber: "00000042",
      reason: "unknown-case",
    });
    expect(notes).toEqual([]);
  });

  it("passes on the parser's reason for mail that is no reply", async () => {
    const { deps, notes } = fakeCases([CASE_42]);
    for (const [name, reason] of [
      ["forged-token.eml", "no-case-address"],
      ["malformed-random.eml", "malformed"],
      ["auto-reply.eml", "auto-reply"],
    ]) {
      await expect(
        processInboundMail(fixture(name ?? ""), { ...deps, secret: SECRET }, { verdicts: PASSED }),
      ).resolves.toMatchObject({
        outcome: "dropped",
        reason,
      });
    }
    expect(notes).toEqual([]);
  });

  it("treats a case that vanished before the write as unknown, and lets other failures through", async () => {
    const reply = { caseNumber: "00000042", from: CONTACT, text: "Still failing." };
    const vanished = fakeCases([CASE_42], new DomainError("case-not-found", "gone"));
    await expect(applyInboundReply(reply, vanished.deps)).resolves.toMatchObject({ reason: "unknown-case" });
    const busy = fakeCases([CASE_42], new DomainError("concurrent-update", "try again"));
    await expect(applyInboundReply(reply, busy.deps)).rejects.toThrow("try again");
  });
});

describe("SES's verdicts on inbound mail", () => {
  const verdicts = (changes: Partial<ReceiptVerdicts>): ReceiptVerdicts => ({ ...PASSED, ...changes });

  it("are read from the SES receipt, and a missing or unknown one never passes", () => {
    const receipt = {
      spfVerdict: { status: "FAIL" },
      dkimVerdict: { status: "PASS" },
      dmarcVerdict: { status: "PASS" },
      spamVerdict: { status: "GRAY" },
      virusVerdict: { status: "something new" },
    };
    expect(verdictsOf(receipt)).toEqual({
      spf: "FAIL",
      dkim: "PASS",
      dmarc: "PASS",
      spam: "GRAY",
      virus: "PROCESSING_FAILED",
    });
    expect(verdictsOf({})).toEqual({
      spf: "PROCESSING_FAILED",
      dkim: "PROCESSING_FAILED",
      dmarc: "PROCESSING_FAILED",
      spam: "PROCESSING_FAILED",
      virus: "PROCESSING_FAILED",
    });
    expect(verdictsOf(undefined).dmarc).toBe("PROCESSING_FAILED");
  });

  it.each<[string, Partial<ReceiptVerdicts>, string | undefined]>([
    ["DMARC passed", {}, undefined],
    ["DMARC passed through DKIM though SPF failed (a forwarded reply)", { spf: "FAIL" }, undefined],
    ["the scans could not decide", { spam: "GRAY", virus: "PROCESSING_FAILED" }, undefined],
    ["DMARC failed (a forged From)", { dmarc: "FAIL", spf: "FAIL", dkim: "FAIL" }, "unauthenticated"],
    ["SPF and DKIM passed for some domain, but it has no DMARC record", { dmarc: "GRAY" }, "unauthenticated"],
    ["DMARC could not be evaluated", { dmarc: "PROCESSING_FAILED" }, "unauthenticated"],
    ["the spam scan failed", { spam: "FAIL" }, "spam"],
    ["the virus scan failed", { virus: "FAIL", spam: "FAIL" }, "virus"],
  ])("decide on mail when %s", (_, changes, reason) => {
    expect(refusalReason(verdicts(changes))).toBe(reason);
  });

  it("drop a spoofed From with a valid reply address before it reaches the case", async () => {
    const { deps, notes } = fakeCases([CASE_42]);
    const forged = verdicts({ spf: "FAIL", dkim: "FAIL", dmarc: "FAIL" });
    await expect(
      processInboundMail(fixture("resolved-en.eml"), { ...deps, secret: SECRET }, { verdicts: forged }),
    ).resolves.toEqual({
      outcome: "dropped",
      reason: "unauthenticated",
      verdicts: forged,
      caseNumber: "00000042",
      messageId: expect.any(String),
    });
    expect(notes).toEqual([]);
  });
});
