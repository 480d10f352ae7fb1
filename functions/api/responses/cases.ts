import * as z from "zod/mini";
import { ATTACHMENT_LIMITS } from "#domain/attachments";
import { CASE_TOPICS } from "#domain/case-topics";
import { LANGUAGES } from "#domain/language";
import { PLAN_IDS } from "#domain/plans";
import { SEVERITY_LEVELS } from "#domain/severity";
import { CASE_STATUSES } from "#domain/support-case";
import { CASE_EVENT_TYPES } from "#repositories/case-records";
import { CASE_CHANNELS } from "../schemas";
import { CaseNumber, Count, Download, List, Page, Timestamp } from "./shared";
import { FirstResponseTargets } from "./support";

/**
 * Cases, timelines and attachments as functions/api/cases/case-views.ts shows them. Customers see
 * allow-listed fields; staff see the whole record. Both views are strict, and only the staff view
 * has `customerId`, so an answer matches exactly one of them.
 */

/** The problem definition, environment and contact details as the customer gave them (POST /cases). */
const Problem = z.strictObject({
  symptoms: z.optional(z.string()),
  errorOutput: z.optional(z.string()),
  stepsToReproduce: z.optional(z.string()),
  expectedResult: z.optional(z.string()),
});

const Environment = z.strictObject({
  productVersion: z.optional(z.string()),
  build: z.optional(z.string()),
  occurrence: z.optional(z.enum(["first-time", "recurring"])),
  beforeProblem: z.optional(z.string()),
  recentChanges: z.optional(z.string()),
});

const Contact = z.strictObject({
  company: z.optional(z.string()),
  email: z.optional(z.string()),
  alternatePhone: z.optional(z.string()),
  otherContact: z.optional(
    z.strictObject({ name: z.string(), email: z.optional(z.string()), phone: z.optional(z.string()) }),
  ),
});

const customerCaseFields = {
  caseNumber: CaseNumber,
  status: z.enum(CASE_STATUSES),
  /** `awaiting_support` or `awaiting_customer`: support or the customer owes an answer. */
  open: z.boolean(),
  topic: z.enum(CASE_TOPICS),
  serial: z.optional(z.string()),
  /** The plan that accepted the case at intake. */
  plan: z.enum(PLAN_IDS),
  /** Whether intake spent a single-incident credit (returned if the case is withdrawn). */
  consumedCredit: z.boolean(),
  severity: z.enum(SEVERITY_LEVELS),
  subject: z.string(),
  description: z.string(),
  problem: z.optional(Problem),
  environment: z.optional(Environment),
  contact: z.optional(Contact),
  channel: z.enum(CASE_CHANNELS),
  preferredContact: z.enum(["email", "phone"]),
  phone: z.optional(z.string()),
  language: z.enum(LANGUAGES),
  customerEmail: z.string(),
  /** The plan's targets as they were at intake. */
  firstResponseTargets: FirstResponseTargets,
  /** Absent when the channel counts as answered at once (chat, phone). */
  firstResponseDueAt: z.optional(Timestamp),
  /** The rule that set the due time, in words. */
  firstResponseRule: z.optional(z.string()),
  firstResponseAt: z.optional(Timestamp),
  /** Now: whether the target was missed, and while unanswered, the seconds left (negative once overdue). */
  firstResponse: z.strictObject({ breached: z.boolean(), timeLeftSeconds: z.optional(z.int()) }),
  latestSupportReply: z.optional(z.strictObject({ at: Timestamp, message: z.string() })),
  resolution: z.optional(z.string()),
  rating: z.optional(
    z.strictObject({
      score: z.int().check(z.gte(1), z.lte(5)),
      comment: z.optional(z.string()),
      at: Timestamp,
    }),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** What staff see besides: whose case it is, who opened and holds it, and the follow-up workflow's state. */
const staffCaseFields = {
  ...customerCaseFields,
  customerId: z.string(),
  openedBy: z.optional(z.string()),
  assigneeId: z.optional(z.string()),
  replyCount: Count,
  awaitingReplyId: z.optional(z.string()),
  followUpsSent: Count,
  lastFollowUpAt: z.optional(Timestamp),
  followUpFailure: z.optional(
    z.strictObject({ replyId: z.string(), error: z.string(), cause: z.string(), at: Timestamp }),
  ),
};

const CustomerCase = z.strictObject(customerCaseFields);
const StaffCase = z.strictObject(staffCaseFields);

/** A customer's own case, or any case as staff see it. */
export const Case = z.union([StaffCase, CustomerCase]);

const eventFields = {
  eventId: z.string(),
  caseNumber: CaseNumber,
  type: z.enum(CASE_EVENT_TYPES),
  at: Timestamp,
  message: z.optional(z.string()),
  /** The case's status once this event happened. */
  statusAfter: z.optional(z.enum(CASE_STATUSES)),
  /** What changed, e.g. the severity `from` and `to`, the new `assigneeId`. */
  change: z.optional(z.record(z.string(), z.string())),
};

/** A public timeline entry as its customer sees it: who wrote it as a side, not as an id. */
export const CustomerEvent = z.strictObject({ ...eventFields, author: z.enum(["customer", "support"]) });

/** Staff see who acted, the reply's number, and whether the entry is internal (notes, assignments). */
export const StaffEvent = z.strictObject({
  ...eventFields,
  actorId: z.string(),
  replyId: z.optional(z.string()),
  visibility: z.optional(z.enum(["public", "internal"])),
});

export const CaseEvent = z.union([StaffEvent, CustomerEvent]);

/** GET /cases/{number}: the case with its timeline, oldest first, in the caller's view. */
export const CaseWithTimeline = z.union([
  z.strictObject({ ...staffCaseFields, events: z.array(StaffEvent) }),
  z.strictObject({ ...customerCaseFields, events: z.array(CustomerEvent) }),
]);

export const Timeline = z.union([List(StaffEvent), List(CustomerEvent)]);

export const CustomerCases = Page(CustomerCase);
export const QueuePage = Page(StaffCase);

const ContentType = z.enum(ATTACHMENT_LIMITS.contentTypes);

const attachmentFields = {
  attachmentId: z.string(),
  caseNumber: CaseNumber,
  fileName: z.string(),
  contentType: ContentType,
  sizeBytes: z.int(),
  addedAt: Timestamp,
  author: z.enum(["customer", "support"]),
  download: Download,
};

export const Attachments = z.union([
  List(z.strictObject({ ...attachmentFields, addedBy: z.string() })),
  List(z.strictObject(attachmentFields)),
]);

/** POST /cases/{number}/attachments: PUT the file to `url` with exactly these `headers`. */
export const AttachmentUpload = z.strictObject({
  attachmentId: z.string(),
  fileName: z.string(),
  contentType: ContentType,
  sizeBytes: z.int(),
  upload: z.strictObject({
    method: z.literal("PUT"),
    url: z.url(),
    headers: z.strictObject({ "content-type": ContentType, "if-none-match": z.literal("*") }),
    expiresInSeconds: z.int().check(z.gte(1)),
  }),
});

export const Rating = z.strictObject({
  caseNumber: CaseNumber,
  score: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string()),
});
