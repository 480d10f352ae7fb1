import * as z from "zod/mini";
import { CANNED_PLACEHOLDERS } from "#domain/canned-replies";
import { PROFILE_FIELDS } from "./me";
import { Product } from "./products";
import { CaseNumber, List, Page, Timestamp } from "./shared";

/** Answers of the agent desk's and the admin console's routes. */

const inEveryLanguage = (what: string) =>
  z
    .strictObject({ en: z.string(), "zh-CN": z.string() })
    .check(z.describe(`${what}, in English and Chinese`));

export const CannedReply = z
  .strictObject({
    cannedReplyId: z.string(),
    title: inEveryLanguage("The title the composer lists"),
    body: inEveryLanguage("The text, with its placeholders unfilled"),
    placeholders: z
      .array(z.enum(CANNED_PLACEHOLDERS))
      .check(z.describe("The placeholders the texts use, for the desk to fill")),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    updatedBy: z.string().check(z.describe("The admin who wrote the current text")),
  })
  .check(z.meta({ id: "CannedReply" }));

export const CannedReplies = List(CannedReply);

export const CasePresence = z
  .strictObject({
    caseNumber: CaseNumber,
    viewers: z
      .array(
        z.strictObject({
          userId: z.string(),
          email: z.string(),
          name: z.optional(z.string().check(z.describe("First and last name from the profile"))),
          since: Timestamp.check(z.describe("When this visit of the case page began")),
          seenAt: Timestamp.check(z.describe("The page's latest heartbeat")),
        }),
      )
      .check(z.describe("The other staff who have the case open now (never the caller)")),
    refreshSeconds: z.int().check(z.describe("How often the page should say it is still open")),
    expiresInSeconds: z.int().check(z.describe("How long a mark counts without a refresh")),
  })
  .check(z.meta({ id: "CasePresence" }));

/** A customer as staff see them: the profile (without groups: no token of theirs here) and their products. */
export const StaffCustomer = z
  .strictObject({
    customer: z.strictObject(PROFILE_FIELDS).check(z.meta({ id: "CustomerProfile" })),
    products: z
      .array(Product)
      .check(
        z.describe("Every registered license with its plans; a case's `serial` and `plan` point into it"),
      ),
  })
  .check(z.meta({ id: "StaffCustomer" }));

export const FollowUpStateView = z
  .strictObject({
    caseNumber: CaseNumber,
    step: z
      .enum(["none", "reply-sent", "waiting-for-follow-up", "done", "stopped", "failed"])
      .check(
        z.describe(
          "`none`: support has not replied; `reply-sent`: waiting for follow-up 1; `waiting-for-follow-up`: `nextFollowUp` is next; `done`: all three sent; `stopped`: the customer answered, the case was resolved or a newer reply superseded it; `failed`: an e-mail failed (see the case's followUpFailure)",
        ),
      ),
    running: z.boolean().check(z.describe("Whether the execution still waits to send something")),
    replyId: z.optional(z.string()),
    repliedAt: z.optional(Timestamp),
    followUpsSent: z.int().check(z.gte(0), z.lte(3)),
    nextFollowUp: z.optional(z.int().check(z.gte(1), z.lte(3))),
    nextEmailAt: z.optional(
      Timestamp.check(z.describe("When the next follow-up goes out: 3, 6 or 10 days after the reply")),
    ),
    execution: z.optional(
      z.strictObject({
        name: z.string().check(z.describe("case-<number>-reply-<replyId>")),
        arn: z.string(),
        consoleUrl: z.url().check(z.describe("The execution in the AWS Step Functions console")),
      }),
    ),
  })
  .check(z.meta({ id: "FollowUpState" }));

export const Agent = z
  .strictObject({
    id: z.string().check(z.describe("The user id (for assignments)")),
    email: z.string(),
    firstName: z.optional(z.string()),
    lastName: z.optional(z.string()),
    enabled: z.boolean().check(z.describe("Whether the account may sign in")),
    status: z
      .string()
      .check(
        z.describe("Cognito's account status: CONFIRMED, or FORCE_CHANGE_PASSWORD before the first sign-in"),
      ),
    createdAt: z.optional(Timestamp),
  })
  .check(z.meta({ id: "Agent" }));

export const AgentPage = Page(Agent);

export const AgentEnabled = z
  .strictObject({ id: z.string(), enabled: z.boolean() })
  .check(z.meta({ id: "AgentEnabled" }));
