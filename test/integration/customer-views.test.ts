import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES, type RouteId } from "#api/routes";
import { keys } from "#repositories/keys";
import { day, importLicenses, license, publishRelease } from "../support/licenses";
import { type ApiAnswer, api, db, newCustomer, newUser, stack, type TestUser } from "../support/local";

/**
 * What a customer sees, pinned key by key on every route a customer may call: customer views
 * are allow-lists, and this is the list. The routes come from the route table, so a new
 * customer route fails here until its keys are pinned too.
 */

/** Every key path of a JSON value (`items[].caseNumber`); array items are merged. */
function keyPaths(value: unknown, at = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${at}[]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = at ? `${at}.${key}` : key;
    return [path, ...(ECHOED.has(key) ? [] : keyPaths(inner, path))];
  });
}

/** Values echoed as given (the customer's own problem description) or published data (Table A): not views. */
const ECHOED = new Set(["problem", "environment", "contact", "firstResponseTargets", "firstResponse"]);

const keySet = (value: unknown) => [...new Set(keyPaths(value))].sort();
const under = (prefix: string, paths: readonly string[]) => [prefix, ...paths.map((p) => `${prefix}.${p}`)];
const list = (prefix: string, paths: readonly string[]) => [prefix, ...paths.map((p) => `${prefix}[].${p}`)];

const CASE = [
  "caseNumber",
  "status",
  "open",
  "topic",
  "serial",
  "plan",
  "consumedCredit",
  "severity",
  "subject",
  "description",
  "problem",
  "environment",
  "contact",
  "channel",
  "preferredContact",
  "phone",
  "language",
  "customerEmail",
  "firstResponseTargets",
  "firstResponseDueAt",
  "firstResponseRule",
  "firstResponse",
  "createdAt",
  "updatedAt",
];
/** What a case shows once support answered, the customer rated it, and so on. */
const ANSWERED_CASE = [
  ...CASE,
  "firstResponseAt",
  ...under("latestSupportReply", ["at", "message"]),
  "resolution",
  ...under("rating", ["score", "comment", "at"]),
];
const EVENT = ["eventId", "caseNumber", "type", "at", "message", "statusAfter", "author"];
const ATTACHMENT = [
  "attachmentId",
  "caseNumber",
  "fileName",
  "contentType",
  "sizeBytes",
  "addedAt",
  "author",
];
const UPLOAD = under("upload", [
  "method",
  "url",
  "headers",
  "headers.content-type",
  "headers.if-none-match",
  "expiresInSeconds",
]);
const DOWNLOAD = under("download", ["url", "expiresInSeconds"]);
const PROFILE = [
  "id",
  "email",
  "firstName",
  "lastName",
  "country",
  "language",
  "company",
  "phone",
  ...under("privacyConsent", ["version", "acceptedAt"]),
  "createdAt",
  "updatedAt",
  "groups",
];
const PLAN_TERM = ["plan", "name", "startsOn", "endsOn", "state", "canRenew", "canUpgradeToPremier"];
const PRODUCT = [
  "serial",
  "productId",
  "productName",
  "edition",
  "language",
  "licenseCount",
  "productVersion",
  "trialEndsOn",
  "incidentCredits",
  "registeredAt",
  "supported",
  "supportedVersions",
  ...list("plans", PLAN_TERM),
  ...under("notices", ["subscribed", "since"]),
];
const BUILD = [
  "productId",
  "version",
  "build",
  "sizeBytes",
  "releasedOn",
  "notes",
  "whatsNew",
  "knownIssues",
  "installationNotes",
  "supported",
  ...DOWNLOAD,
];

const EXPECTED_KEYS: Record<string, string[]> = {
  getMe: PROFILE,
  updateMe: PROFILE,
  registerProducts: ["registered", ...list("results", ["input", "serial", "outcome", "message"])],
  listMyProducts: [...list("items", PRODUCT)],
  listDownloads: ["serial", "productId", "productName", ...list("items", BUILD)],
  setProductNotices: ["serial", "productId", ...under("notices", ["subscribed", "since"])],
  /** Plans are Table A (published), `technical` the entitlement decision: no record behind them. */
  supportOptions: [
    "serial",
    ...list("plans", ["id", "name", "covers", "price", "scope", "availability", "channels", "firstResponse"]),
    "channels",
    "availability",
    "firstResponse",
    ...under("technical", ["allowed", "plan", "consumesCredit"]),
    "selfService",
  ],
  openCase: CASE,
  listMyCases: [...list("items", ANSWERED_CASE)],
  getCase: [...ANSWERED_CASE, ...list("events", [...EVENT, "change", "change.from", "change.to"])],
  caseEvents: [...list("items", [...EVENT, "change", "change.from", "change.to"])],
  addCustomerNote: EVENT,
  addAttachment: ["attachmentId", "fileName", "contentType", "sizeBytes", ...UPLOAD],
  listAttachments: [...list("items", [...ATTACHMENT, ...DOWNLOAD])],
  rateCase: ["caseNumber", "score", "comment"],
  giveFeedback: ["feedbackId", "status", "message"],
  withdrawCase: EVENT.filter((key) => key !== "message"),
  /** 204: nothing at all. */
  signOut: [],
};

const CUSTOMER_ROUTES = (Object.keys(ROUTES) as RouteId[]).filter((id) => {
  const groups = ROUTES[id].groups;
  return groups !== "public" && (groups as readonly string[]).includes("customer");
});

const answers = new Map<string, ApiAnswer>();
let agent: TestUser;
const INTERNAL_NOTE = "Customer runs 11.0 on the side, check licence abuse";
const FAILURE_CAUSE = "SES said: MessageRejected (sandbox), request id 7f3a";

async function record(id: RouteId, answer: Promise<ApiAnswer>): Promise<ApiAnswer> {
  const done = await answer;
  answers.set(id, done);
  return done;
}

beforeAll(async () => {
  const [customer, admin] = await Promise.all([newCustomer(), newUser(["admin"])]);
  agent = await newUser(["agent"]);
  const product = license({ trialEndsOn: day(20), incidentCredits: 2 });
  await importLicenses(admin, [product]);
  await publishRelease(admin, product.productId, "12.1", 7);
  const as = (user: TestUser) => ({
    get: (id: RouteId, path: string) => record(id, api("GET", path, { user })),
    send: (id: RouteId, path: string, json: unknown) =>
      record(id, api(ROUTES[id].method, path, { user, json })),
  });
  const me = as(customer);
  const staff = (path: string, json: unknown) => api("POST", path, { user: agent, json });

  await me.send("registerProducts", "/products/registrations", { serials: product.serial });
  const request = {
    topic: "product-problem",
    serial: product.serial,
    severity: "B",
    subject: "Restore stops at 80%",
    description: "Since Monday every restore stops with E1234.",
    problem: { symptoms: "Stops", errorOutput: "E1234", stepsToReproduce: "Restore", expectedResult: "Done" },
    environment: { productVersion: "12.1", build: "7", occurrence: "recurring" },
    contact: { company: "Acme GmbH", email: "it@example.com", otherContact: { name: "Li Wei" } },
    preferredContact: "phone",
    phone: "+86 10 1234 5678",
    language: "en",
  };
  const opened = await me.send("openCase", "/cases", request);
  const number = String(opened.body.caseNumber);
  const onCase = (path = "") => `/cases/${number}${path}`;
  // Everything staff-only there is: assignee, internal note, severity change, attachment, reply, a failure.
  await staff(onCase("/agent-actions"), { action: "assign", assigneeId: agent.id });
  await staff(onCase("/agent-actions"), { action: "internal-note", message: INTERNAL_NOTE });
  await staff(onCase("/agent-actions"), { action: "change-severity", severity: "A", reason: "Data at risk" });
  await staff(onCase("/attachments"), { fileName: "fix.txt", contentType: "text/plain", sizeBytes: 3 });
  await staff(onCase("/replies"), { message: "Please try build 7." });
  await db.send(
    new UpdateCommand({
      TableName: stack.tableName,
      Key: keys.case(number),
      UpdateExpression: "SET followUpFailure = :failure",
      ExpressionAttributeValues: {
        ":failure": { replyId: "1", error: "SES.MessageRejected", cause: FAILURE_CAUSE, at: day(0) },
      },
    }),
  );
  await me.send("addAttachment", onCase("/attachments"), {
    fileName: "backup.log",
    contentType: "text/plain",
    sizeBytes: 4,
  });
  await me.send("addCustomerNote", onCase("/notes"), { message: "Still stops, log attached." });
  await staff(onCase("/agent-actions"), { action: "resolve", resolution: "Fixed in build 7." });
  await me.send("rateCase", onCase("/rating"), { score: 5, comment: "Quick." });
  const other = await api("POST", "/cases", { user: customer, json: { ...request, topic: "licensing" } });
  await me.send("withdrawCase", `/cases/${other.body.caseNumber}/withdraw`, {});
  await me.send("giveFeedback", "/feedback", { kind: "thanks", about: "support", text: "Great help" });
  await me.send("updateMe", "/me", { company: "Acme Backup GmbH" });
  await me.get("getMe", "/me");
  await me.send("setProductNotices", `/products/${product.serial}/notices`, { subscribed: true });
  await me.get("listMyProducts", "/products");
  await me.get("listDownloads", `/products/${product.serial}/downloads`);
  await me.get("supportOptions", `/support/options?serial=${product.serial}`);
  await me.get("listMyCases", "/cases");
  await me.get("getCase", onCase());
  await me.get("caseEvents", onCase("/events"));
  await me.get("listAttachments", onCase("/attachments"));
  // Last: it ends the customer's sessions (the ID token itself lives out its 15 minutes).
  await me.send("signOut", "/sessions/sign-out", {});
}, 60_000);

describe("what a customer sees", () => {
  it("has pinned keys for exactly the customer routes of the route table", () => {
    expect(Object.keys(EXPECTED_KEYS).sort()).toEqual([...CUSTOMER_ROUTES].sort());
  });

  it.each(CUSTOMER_ROUTES)("%s answers with exactly its pinned keys", (id) => {
    const answer = answers.get(id);
    expect(answer?.status, JSON.stringify(answer?.body)).toBeLessThan(300);
    expect(keySet(answer?.body)).toEqual([...new Set(EXPECTED_KEYS[id])].sort());
  });

  it("never shows an agent's id, an internal note or a workflow failure", () => {
    const everything = JSON.stringify([...answers.values()].map((answer) => answer.body));
    for (const secret of [agent.id, INTERNAL_NOTE, FAILURE_CAUSE]) expect(everything).not.toContain(secret);
  });
});
