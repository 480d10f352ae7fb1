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
 * allow-listed fields; staff see the whole record. Both views are strict, and the staff view has
 * keys the customer's never has (`customerId`, `actorId`, `addedBy`), so an answer matches one.
 */

const text = () => z.optional(z.string());

const CaseProblem = z
  .strictObject({ symptoms: text(), errorOutput: text(), stepsToReproduce: text(), expectedResult: text() })
  .check(z.meta({ id: "CaseProblem" }));

const CaseEnvironment = z
  .strictObject({
    productVersion: text(),
    build: text(),
    occurrence: z.optional(z.enum(["first-time", "recurring"])),
    beforeProblem: text(),
    recentChanges: text(),
  })
  .check(z.meta({ id: "CaseEnvironment" }));

const CaseContact = z
  .strictObject({
    company: text(),
    email: text(),
    alternatePhone: text(),
    otherContact: z.optional(z.strictObject({ name: z.string(), email: text(), phone: text() })),
  })
  .check(z.meta({ id: "CaseContact" }));

const customerCaseFields = {
  caseNumber: CaseNumber,
  status: z.enum(CASE_STATUSES),
  open: z
    .boolean()
    .check(z.describe("Support or the customer owes an answer (awaiting_support, awaiting_customer)")),
  topic: z.enum(CASE_TOPICS),
  serial: text(),
  plan: z.enum(PLAN_IDS).check(z.describe("The plan that accepted the case at intake")),
  consumedCredit: z
    .boolean()
    .check(z.describe("Whether intake spent a single-incident credit (returned if the case is withdrawn)")),
  severity: z.enum(SEVERITY_LEVELS),
  subject: z.string(),
  description: z.string(),
  problem: z.optional(CaseProblem),
  environment: z.optional(CaseEnvironment),
  contact: z.optional(CaseContact),
  channel: z.enum(CASE_CHANNELS),
  preferredContact: z.enum(["email", "phone"]),
  phone: text(),
  language: z.enum(LANGUAGES).check(z.describe("The language of the case's e-mails")),
  customerEmail: z.string().check(z.describe("Where the case's e-mails go")),
  firstResponseTargets: FirstResponseTargets,
  firstResponseDueAt: z.optional(
    Timestamp.check(
      z.describe("When the first response is due; absent when the channel counts as answered at once"),
    ),
  ),
  firstResponseRule: z.optional(z.string().check(z.describe("The rule that set the due time, in words"))),
  firstResponseAt: z.optional(Timestamp),
  firstResponse: z
    .strictObject({
      breached: z.boolean(),
      timeLeftSeconds: z.optional(
        z.int().check(z.describe("While unanswered: seconds until the due time, negative once overdue")),
      ),
    })
    .check(z.describe("The first-response target now: missed or not, and the time left")),
  latestSupportReply: z.optional(z.strictObject({ at: Timestamp, message: z.string() })),
  resolution: text(),
  rating: z.optional(
    z.strictObject({ score: z.int().check(z.gte(1), z.lte(5)), comment: text(), at: Timestamp }),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** What staff see besides: whose case it is, who opened and holds it, and the follow-up workflow's state. */
const staffCaseFields = {
  ...customerCaseFields,
  customerId: z.string().check(z.describe("The customer's user id (for onBehalfOf)")),
  openedBy: text(),
  assigneeId: text(),
  replyCount: Count,
  awaitingReplyId: z.optional(z.string().check(z.describe("The support reply the follow-ups are about"))),
  followUpsSent: Count,
  lastFollowUpAt: z.optional(Timestamp),
  followUpFailure: z.optional(
    z.strictObject({ replyId: z.string(), error: z.string(), cause: z.string(), at: Timestamp }),
  ),
  version: Count.check(
    z.describe("Raised by every change to the case; the ETag of GET /cases/{number}, sent back as If-Match"),
  ),
};

const CustomerCase = z.strictObject(customerCaseFields).check(z.meta({ id: "CustomerCase" }));
const StaffCase = z.strictObject(staffCaseFields).check(z.meta({ id: "StaffCase" }));

/** A customer's own case, or any case as staff see it. */
export const Case = z.union([StaffCase, CustomerCase]);

const eventFields = {
  eventId: z.string(),
  caseNumber: CaseNumber,
  type: z.enum(CASE_EVENT_TYPES),
  at: Timestamp,
  message: text(),
  statusAfter: z.optional(z.enum(CASE_STATUSES).check(z.describe("The case's status once this happened"))),
  change: z.optional(
    z
      .record(z.string(), z.string())
      .check(z.describe("What changed: the severity's `from` and `to`, the new `assigneeId`")),
  ),
};

const Author = z.enum(["customer", "support"]).check(z.describe("Who added it: the customer or support"));

/** A public timeline entry as its customer sees it: who wrote it as a side, not as an id. */
export const CustomerEvent = z
  .strictObject({ ...eventFields, author: Author })
  .check(z.meta({ id: "CustomerCaseEvent" }));

/** Staff see who acted, the reply's number, and whether the entry is internal (notes, assignments). */
export const StaffEvent = z
  .strictObject({
    ...eventFields,
    actorId: z.string().check(z.describe("Who acted: the customer's or an agent's user id")),
    replyId: text(),
    visibility: z.optional(z.enum(["public", "internal"])),
    version: z.optional(Count.check(z.describe("The case's version once this happened"))),
  })
  .check(z.meta({ id: "StaffCaseEvent" }));

const timeline = <T extends z.ZodMiniType>(event: T) => z.array(event).check(z.describe("Oldest first"));

/** GET /cases/{number}: the case with its timeline, in the caller's view. */
export const CaseWithTimeline = z.union([
  z.strictObject({ ...staffCaseFields, events: timeline(StaffEvent) }),
  z.strictObject({ ...customerCaseFields, events: timeline(CustomerEvent) }),
]);

export const Timeline = z.union([
  z.strictObject({ items: timeline(StaffEvent) }),
  z.strictObject({ items: timeline(CustomerEvent) }),
]);

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
  author: Author,
  download: Download,
};

export const Attachments = z.union([
  List(
    z
      .strictObject({
        ...attachmentFields,
        addedBy: z.string().check(z.describe("The user id of who added it")),
      })
      .check(z.meta({ id: "StaffAttachment" })),
  ),
  List(z.strictObject(attachmentFields).check(z.meta({ id: "CustomerAttachment" }))),
]);

/** POST /cases/{number}/attachments: PUT the file to `url` with exactly these `headers`. */
export const AttachmentUpload = z
  .strictObject({
    attachmentId: z.string(),
    fileName: z.string(),
    contentType: ContentType,
    sizeBytes: z.int(),
    upload: z
      .strictObject({
        method: z.literal("PUT"),
        url: z.url(),
        headers: z.strictObject({ "content-type": ContentType, "if-none-match": z.literal("*") }),
        expiresInSeconds: z.int().check(z.gte(1)),
      })
      .check(
        z.describe("PUT the file to `url` with exactly these `headers`; the URL can only create it, once"),
      ),
  })
  .check(z.meta({ id: "AttachmentUpload" }));

export const Rating = z
  .strictObject({ caseNumber: CaseNumber, score: z.int().check(z.gte(1), z.lte(5)), comment: text() })
  .check(z.meta({ id: "Rating" }));
