import * as z from "zod/mini";
import { CASE_TOPICS } from "#domain/case-topics";
import { FOLLOW_UP_ATTRIBUTES as A } from "#domain/follow-up-protocol";
import { LANGUAGES } from "#domain/language";
import { CHANNELS, PLAN_IDS } from "#domain/plans";
import { SEVERITY_LEVELS } from "#domain/severity";
import { CASE_STATUSES } from "#domain/support-case";

/** A support case as stored, checked on every read so a bad item fails loudly, not silently. */
export const CaseRecord = z.object({
  caseNumber: z.string(),
  customerId: z.string(),
  customerEmail: z.string(),
  language: z.enum(LANGUAGES),
  serial: z.optional(z.string()),
  topic: z.enum(CASE_TOPICS),
  /** The plan the case was accepted under, stamped at intake (its targets come from PLANS). */
  plan: z.enum(PLAN_IDS),
  /** The plan's first-response targets as they were at intake: a later change to Table A does not move them. */
  firstResponseTargets: z.partialRecord(
    z.enum(CHANNELS),
    z.union([
      z.object({ kind: z.enum(["business-days", "calendar-days"]), amount: z.number() }),
      z.object({ kind: z.literal("immediate"), note: z.string() }),
    ]),
  ),
  consumedCredit: z.boolean(),
  severity: z.enum(SEVERITY_LEVELS),
  assigneeId: z.optional(z.string()),
  /** Acknowledgement time (DOMAIN.md section 4): due from the plan, channel and business calendar. */
  firstResponseDueAt: z.optional(z.string()),
  firstResponseRule: z.optional(z.string()),
  firstResponseAt: z.optional(z.string()),
  /** The customer's verdict on a resolved case, given once. */
  rating: z.optional(z.object({ score: z.number(), comment: z.optional(z.string()), at: z.string() })),
  resolution: z.optional(z.string()),
  /** Support's latest answer, shown when an open case is expanded in the portal. */
  latestSupportReply: z.optional(z.object({ at: z.string(), message: z.string() })),
  subject: z.string(),
  description: z.string(),
  /** Problem definition, environment and contact details as the customer gave them (DOMAIN.md section 4). */
  problem: z.optional(z.record(z.string(), z.string())),
  environment: z.optional(z.record(z.string(), z.string())),
  contact: z.optional(z.record(z.string(), z.unknown())),
  channel: z._default(z.enum(["web", "email", "chat", "phone"]), "web"),
  /** Who opened it: the customer, or the agent who took the call. */
  openedBy: z.optional(z.string()),
  preferredContact: z.enum(["email", "phone"]),
  phone: z.optional(z.string()),
  status: z.enum(CASE_STATUSES),
  replyCount: z.number(),
  // The follow-up protocol's attributes (the state machine writes them too).
  [A.awaitingReplyId]: z.optional(z.string()),
  [A.followUpsSent]: z.number(),
  [A.lastFollowUpAt]: z.optional(z.string()),
  [A.followUpFailure]: z.optional(
    z.object({ replyId: z.string(), error: z.string(), cause: z.string(), at: z.string() }),
  ),
  /** Raised by every change to the case (functions/domain/case-version.ts); 0 before the first since versions exist. */
  version: z._default(z.number(), 0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const CASE_EVENT_TYPES = [
  "case-opened",
  "support-reply",
  "customer-note",
  "case-withdrawn",
  "assign",
  "change-severity",
  "internal-note",
  "resolve",
  "reopen",
  "follow-up-sent",
] as const;

/** One entry of a case's timeline. Support replies carry what the follow-up workflow needs. */
export const CaseEvent = z.object({
  eventId: z.string(),
  caseNumber: z.string(),
  type: z.enum(CASE_EVENT_TYPES),
  at: z.string(),
  actorId: z.string(),
  message: z.optional(z.string()),
  replyId: z.optional(z.string()),
  customerEmail: z.optional(z.string()),
  language: z.optional(z.enum(LANGUAGES)),
  /** Whom a support reply's e-mails greet, from the profile when it was written (none: neutrally). */
  customerName: z.optional(z.object({ firstName: z.string(), lastName: z.optional(z.string()) })),
  statusAfter: z.optional(z.enum(CASE_STATUSES)),
  /** Internal events (notes, assignments) are never shown to the customer. */
  visibility: z._default(z.enum(["public", "internal"]), "public"),
  /** What changed, e.g. the severity before and after, the new assignee. */
  change: z.optional(z.record(z.string(), z.string())),
  /** The case's version once this happened: what a stale view has not seen is what came after its version. */
  version: z.optional(z.number()),
});
export type CaseEvent = z.input<typeof CaseEvent>;
