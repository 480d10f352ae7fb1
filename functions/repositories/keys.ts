/** Every key of the table is built here, so key formats live in exactly one place. */
export const keys = {
  case: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: "CASE" }),
  caseEvent: (caseNumber: string, at: string, eventId: string) => ({
    pk: `CASE#${caseNumber}`,
    sk: `${EVENT_PREFIX}${at}#${eventId}`,
  }),
  caseEventsOf: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, skPrefix: EVENT_PREFIX }),
  /** The case item and its events, in that order ("CASE" < "EVENT#"; attachments sort before both). */
  caseWithEvents: (caseNumber: string) => ({
    pk: `CASE#${caseNumber}`,
    skFrom: "CASE",
    // Just past every event key: "$" follows "#".
    skTo: `${EVENT_PREFIX.slice(0, -1)}$`,
  }),
  attachment: (caseNumber: string, attachmentId: string) => ({
    pk: `CASE#${caseNumber}`,
    sk: `${ATTACHMENT_PREFIX}${attachmentId}`,
  }),
  attachmentsOf: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, skPrefix: ATTACHMENT_PREFIX }),
  caseNumberCounter: () => ({ pk: "COUNTER#case-number", sk: "COUNTER" }),
  customerCase: (customerId: string, caseNumber: string) => ({
    gsi1pk: `CUSTOMER#${customerId}`,
    gsi1sk: `CASE#${caseNumber}`,
  }),
  customerCasesOf: (customerId: string) => ({ gsi1pk: `CUSTOMER#${customerId}` }),
  /** Cases without a due time (answered at once) sort after every due one. */
  queueEntry: (firstResponseDueAt: string | undefined, caseNumber: string) => ({
    gsi2pk: OPEN_QUEUE,
    gsi2sk: `${firstResponseDueAt ?? "9999-12-31T23:59:59.999Z"}#${caseNumber}`,
  }),
  openQueue: () => ({ gsi2pk: OPEN_QUEUE }),
  profile: (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" }),
  /** What POST /accounts was given, kept until confirmation turns it into the profile. */
  signUp: (userId: string) => ({ pk: `USER#${userId}`, sk: "SIGNUP" }),
  license: (serial: string) => ({ pk: `LICENSE#${serial}`, sk: "LICENSE" }),
  ownedProduct: (userId: string, serial: string) => ({
    pk: `USER#${userId}`,
    sk: `${OWNED_PREFIX}${serial}`,
  }),
  ownedProductsOf: (userId: string) => ({ pk: `USER#${userId}`, skPrefix: OWNED_PREFIX }),
  release: (productId: string, sortableVersion: string, build: number) => ({
    pk: `PRODUCT#${productId}`,
    sk: `${RELEASE_PREFIX}${sortableVersion}#${String(build).padStart(10, "0")}`,
  }),
  /** Feedback ids start with their time, so the one partition lists newest first. */
  feedback: (feedbackId: string) => ({ pk: "FEEDBACK", sk: feedbackId }),
  allFeedback: () => ({ pk: "FEEDBACK" }),
  /** Presence marks sit apart from the case partition, so a refresh is no case change on the stream's case items. */
  presence: (caseNumber: string, userId: string) => ({
    pk: `PRESENCE#${caseNumber}`,
    sk: `${VIEWER_PREFIX}${userId}`,
  }),
  presenceOf: (caseNumber: string) => ({ pk: `PRESENCE#${caseNumber}`, skPrefix: VIEWER_PREFIX }),
  cannedReply: (cannedReplyId: string) => ({ pk: CANNED_REPLIES, sk: cannedReplyId }),
  allCannedReplies: () => ({ pk: CANNED_REPLIES }),
  releasesOf: (productId: string) => ({ pk: `PRODUCT#${productId}`, skPrefix: RELEASE_PREFIX }),
  /** Every product's supported versions in one item, so intake reads them with the license, not by a Query. */
  supportedVersions: () => ({ pk: "PRODUCTS", sk: "SUPPORTED_VERSIONS" }),
  /** A request's first answer under its Idempotency-Key: one partition per record, never one hot partition. */
  idempotencyRecord: (scope: string, keyHash: string) => ({
    pk: `IDEMPOTENCY#${scope}#${keyHash}`,
    sk: IDEMPOTENCY,
  }),
  /** What threading one message SES received came to, under SES's id for it: one partition per message. */
  inboundMessage: (sesMessageId: string) => ({ pk: `INBOUND_MESSAGE#${sesMessageId}`, sk: IDEMPOTENCY }),
  /** A record of Powertools' idempotency store, under the key the library makes (function name and hash). */
  powertoolsIdempotencyRecord: (idempotencyKey: string) => ({ pk: idempotencyKey, sk: IDEMPOTENCY }),
  /** One owner's opt-in to notices of one product; the product's partition lists its subscribers. */
  noticeSubscription: (productId: string, ownerId: string) => ({
    pk: `NOTICES#${productId}`,
    sk: `${SUBSCRIBER_PREFIX}${ownerId}`,
  }),
  noticeSubscribersOf: (productId: string) => ({ pk: `NOTICES#${productId}`, skPrefix: SUBSCRIBER_PREFIX }),
  /** The claim of one release's notice to one owner: written once, before the send. */
  noticeClaim: (releaseId: string, ownerId: string) => ({
    pk: `NOTICE#${releaseId}`,
    sk: `${SUBSCRIBER_PREFIX}${ownerId}`,
  }),
  /** A release's notice report (sent, skipped, failed), beside its claims. */
  noticeReport: (releaseId: string) => ({ pk: `NOTICE#${releaseId}`, sk: "REPORT" }),
  holidaySchedule: (region: string, year: number) => ({
    pk: `CALENDAR#${region}`,
    sk: `${YEAR_PREFIX}${year}`,
  }),
  holidaySchedulesOf: (region: string) => ({ pk: `CALENDAR#${region}`, skPrefix: YEAR_PREFIX }),
};

const EVENT_PREFIX = "EVENT#";
const ATTACHMENT_PREFIX = "ATTACHMENT#";
const OPEN_QUEUE = "QUEUE#open";
const OWNED_PREFIX = "PRODUCT#";
const RELEASE_PREFIX = "RELEASE#";
const YEAR_PREFIX = "YEAR#";
const CANNED_REPLIES = "CANNED_REPLY";
const VIEWER_PREFIX = "VIEWER#";
const SUBSCRIBER_PREFIX = "OWNER#";
const IDEMPOTENCY = "IDEMPOTENCY";

/** The case key as DynamoDB's typed JSON, for callers that speak the low-level API (the state machine). */
export function typedCaseKey(caseNumber: string) {
  const { pk, sk } = keys.case(caseNumber);
  return { pk: { S: pk }, sk: { S: sk } };
}

/** Drops the table's own attributes (keys, index keys) from an item. */
export function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, gsi2pk: _q1, gsi2sk: _q2, ...rest } = item;
  return rest;
}
