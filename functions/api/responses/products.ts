import * as z from "zod/mini";
import { PLAN_IDS } from "#domain/plans";
import type { RegistrationOutcome } from "#repositories/license-repository";
import { Count, Day, Download, enumOf, List, Timestamp } from "./shared";

/** A plan term as the catalog holds it. */
export const PlanTerm = z.strictObject({ plan: z.enum(PLAN_IDS), startsOn: Day, endsOn: Day });

/** A plan term as its owner reads it: name, dates, whether it runs today, and what can be bought. */
const OwnedPlanTerm = z.strictObject({
  ...PlanTerm.shape,
  name: z.string(),
  state: z.enum(["upcoming", "active", "expired"]),
  canRenew: z.boolean(),
  canUpgradeToPremier: z.boolean(),
});

/** What an owner sees of a license (functions/api/products/product-views.ts). */
const Product = z.strictObject({
  serial: z.string(),
  productId: z.string(),
  productName: z.string(),
  edition: z.string(),
  language: z.string(),
  licenseCount: z.int(),
  productVersion: z.string(),
  trialEndsOn: z.optional(Day),
  incidentCredits: Count,
  registeredAt: z.optional(Timestamp),
  /** Whether the product's version is one of the two newest with releases (technical support needs it). */
  supported: z.boolean(),
  supportedVersions: z.array(z.string()),
  plans: z.array(OwnedPlanTerm),
});

export const Products = List(Product);

const Build = z.strictObject({
  productId: z.string(),
  version: z.string(),
  build: z.int(),
  sizeBytes: z.int(),
  releasedOn: Day,
  notes: z.string(),
  supported: z.boolean(),
  download: Download,
});

export const Downloads = z.strictObject({
  serial: z.string(),
  productId: z.string(),
  productName: z.string(),
  /** Newest first. */
  items: z.array(Build),
});

const REGISTRATION_OUTCOMES = enumOf<RegistrationOutcome>({
  registered: true,
  "already-yours": true,
  "registered-to-another-account": true,
  unknown: true,
});

/** One outcome per pasted line: a line that is no serial number has no `serial`. */
const RegistrationResult = z.union([
  z.strictObject({
    input: z.string(),
    serial: z.string(),
    outcome: REGISTRATION_OUTCOMES,
    message: z.string(),
  }),
  z.strictObject({ input: z.string(), outcome: z.literal("malformed"), message: z.string() }),
]);

export const Registrations = z.strictObject({
  /** How many serials this request registered to the caller. */
  registered: Count,
  results: z.array(RegistrationResult),
});
