import * as z from "zod/mini";
import type { ImportOutcome } from "#repositories/license-repository";
import { PlanTerm } from "./products";
import { Count, Day, enumOf, FieldError, Timestamp } from "./shared";

export const AgentCreated = z.strictObject({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  groups: z.tuple([z.literal("agent")]),
  message: z.string(),
});

const IMPORT_OUTCOMES = enumOf<ImportOutcome>({ created: true, updated: true, unchanged: true });

/** Every row gets its own outcome; a bad row never stops the others. */
export const LicenseImportReport = z.strictObject({
  summary: z.strictObject({ created: Count, updated: Count, unchanged: Count, invalid: Count }),
  rows: z.array(
    z.union([
      z.strictObject({ row: z.int().check(z.gte(1)), serial: z.string(), outcome: IMPORT_OUTCOMES }),
      z.strictObject({
        row: z.int().check(z.gte(1)),
        outcome: z.literal("invalid"),
        errors: z.array(FieldError),
      }),
    ]),
  ),
});

/** A license as the catalog holds it, with its owner once registered. */
export const License = z.strictObject({
  serial: z.string(),
  productId: z.string(),
  productName: z.string(),
  edition: z.string(),
  language: z.string(),
  licenseCount: z.int(),
  productVersion: z.string(),
  trialEndsOn: z.optional(Day),
  plans: z.array(PlanTerm),
  incidentCredits: Count,
  ownerId: z.optional(z.string()),
  registeredAt: z.optional(Timestamp),
});

/** POST /admin/releases: the build as recorded, and where to PUT its file (exactly `sizeBytes` bytes). */
export const PublishedRelease = z.strictObject({
  productId: z.string(),
  version: z.string(),
  build: z.int(),
  sizeBytes: z.int(),
  releasedOn: Day,
  notes: z.string(),
  fileKey: z.string(),
  upload: z.strictObject({ method: z.literal("PUT"), url: z.url() }),
});
