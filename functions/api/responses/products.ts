import * as z from "zod/mini";
import { PLAN_IDS } from "#domain/plans";
import type { RegistrationOutcome } from "#repositories/license-repository";
import { Count, Day, Download, enumOf, List, Timestamp } from "./shared";

const planTermFields = {
  plan: z.enum(PLAN_IDS),
  startsOn: Day.check(z.describe("The first day the plan is valid")),
  endsOn: Day.check(z.describe("The last day the plan is valid (in the support center's time zone)")),
};

/** A plan term as the catalog holds it. */
export const PlanTerm = z.strictObject(planTermFields).check(z.meta({ id: "PlanTerm" }));

/** A plan term as its owner reads it: name, dates, whether it runs today, and what can be bought. */
const OwnedPlanTerm = z
  .strictObject({
    ...planTermFields,
    name: z.string(),
    state: z
      .enum(["upcoming", "active", "expired"])
      .check(z.describe("Today, in the support center's time zone")),
    canRenew: z.boolean(),
    canUpgradeToPremier: z.boolean(),
  })
  .check(z.meta({ id: "OwnedPlanTerm" }));

/** What the catalog says of a license, as both its owner and the admins see it. */
export const LICENSE_FACTS = {
  serial: z.string(),
  productId: z.string(),
  productName: z.string(),
  edition: z.string(),
  language: z.string(),
  licenseCount: z.int(),
  productVersion: z.string(),
  trialEndsOn: z.optional(Day),
};

/** Release notices of one registered serial (e-mails about new releases of its product): opted in or not, and when (functions/api/products/product-views.ts). */
export const NoticeOptIn = z
  .union([
    z.strictObject({
      subscribed: z.literal(true),
      since: Timestamp.check(z.describe("When the owner opted in (kept as consent is)")),
    }),
    z.strictObject({ subscribed: z.literal(false) }),
  ])
  .check(z.meta({ id: "NoticeOptIn" }));

/** What an owner sees of a license (functions/api/products/product-views.ts). */
export const Product = z
  .strictObject({
    ...LICENSE_FACTS,
    incidentCredits: Count.check(z.describe("Single-incident credits left")),
    registeredAt: z.optional(Timestamp),
    supported: z
      .boolean()
      .check(
        z.describe("Whether the version is one of the two newest with releases (technical support needs it)"),
      ),
    supportedVersions: z.array(z.string()).check(z.describe("The supported versions, newest first")),
    plans: z.array(OwnedPlanTerm),
    /** E-mails about new releases of the product, opted in per serial. */
    notices: NoticeOptIn,
  })
  .check(z.meta({ id: "Product" }));

/** The answer to a change of a serial's release notices. */
export const ProductNotices = z.strictObject({
  serial: z.string(),
  productId: z.string(),
  notices: NoticeOptIn,
});

/** What a one-click unsubscribe did (POST /notices/unsubscribe): no sign-in, so nothing more than this. */
export const Unsubscribed = z.strictObject({
  productId: z.string(),
  productName: z.optional(z.string().check(z.describe("The product's name, while the owner still has it"))),
  subscribed: z.literal(false),
  changed: z
    .boolean()
    .check(z.describe("Whether this request turned notices off; false when they were off already")),
});

export const Products = List(Product);

const Build = z
  .strictObject({
    productId: z.string(),
    version: z.string(),
    build: z.int(),
    sizeBytes: z.int(),
    releasedOn: Day,
    notes: z.string(),
    whatsNew: z.optional(z.string()),
    knownIssues: z.optional(z.string()),
    installationNotes: z.optional(z.string()),
    supported: z.boolean().check(z.describe("Whether technical support covers this version")),
    download: Download,
  })
  .check(z.meta({ id: "Build" }));

export const Downloads = z.strictObject({
  serial: z.string(),
  productId: z.string(),
  productName: z.string(),
  items: z.array(Build).check(z.describe("Newest first")),
});

const REGISTRATION_OUTCOMES = enumOf<RegistrationOutcome>({
  registered: true,
  "already-yours": true,
  "registered-to-another-account": true,
  unknown: true,
});

/** One outcome per pasted line: a line that is no serial number has no `serial`. */
const RegistrationResult = z
  .union([
    z.strictObject({
      input: z.string().check(z.describe("The line as pasted")),
      serial: z.string().check(z.describe("The serial number it reads as")),
      outcome: REGISTRATION_OUTCOMES,
      message: z.string(),
      /** For a serial that is the caller's now: its release notices. */
      notices: z.optional(NoticeOptIn),
    }),
    z.strictObject({ input: z.string(), outcome: z.literal("malformed"), message: z.string() }),
  ])
  .check(z.meta({ id: "RegistrationResult" }));

export const Registrations = z.strictObject({
  registered: Count.check(z.describe("How many serials this request registered to the caller")),
  results: z.array(RegistrationResult).check(z.describe("One per non-empty line, in order")),
});
