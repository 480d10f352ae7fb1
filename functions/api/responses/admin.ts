import * as z from "zod/mini";
import type { ImportOutcome } from "#repositories/license-repository";
import { LICENSE_FACTS, PlanTerm } from "./products";
import { Count, Day, enumOf, FieldError, Timestamp } from "./shared";

export const AgentCreated = z
  .strictObject({
    id: z.string().check(z.describe("The agent's user id")),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    groups: z.tuple([z.literal("agent")]),
    message: z.string(),
  })
  .check(z.meta({ id: "AgentCreated" }));

const IMPORT_OUTCOMES = enumOf<ImportOutcome>({ created: true, updated: true, unchanged: true });

const Row = z.int().check(z.gte(1), z.describe("The row's place in the import, from 1"));

/** Every row gets its own outcome; a bad row never stops the others. */
export const LicenseImportReport = z
  .strictObject({
    summary: z.strictObject({ created: Count, updated: Count, unchanged: Count, invalid: Count }),
    rows: z.array(
      z.union([
        z.strictObject({ row: Row, serial: z.string(), outcome: IMPORT_OUTCOMES }),
        z.strictObject({ row: Row, outcome: z.literal("invalid"), errors: z.array(FieldError) }),
      ]),
    ),
  })
  .check(z.meta({ id: "LicenseImportReport" }));

/** A license as the catalog holds it, with its owner once registered. */
export const License = z
  .strictObject({
    ...LICENSE_FACTS,
    plans: z.array(PlanTerm),
    incidentCredits: Count,
    ownerId: z.optional(z.string().check(z.describe("The user id it is registered to"))),
    registeredAt: z.optional(Timestamp),
  })
  .check(z.meta({ id: "License" }));

/** POST /admin/releases: the build as recorded, and where to PUT its file (exactly `sizeBytes` bytes). */
export const PublishedRelease = z
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
    fileKey: z.string().check(z.describe("Where the file is stored in the files bucket")),
    upload: z
      .strictObject({ method: z.literal("PUT"), url: z.url() })
      .check(z.describe("PUT the file (exactly sizeBytes bytes) to this URL within an hour")),
  })
  .check(z.meta({ id: "PublishedRelease" }));

/** GET /admin/releases/{productId}/{version}/{build}/notices: how the release's notices went. */
export const NoticeReportView = z
  .strictObject({
    productId: z.string(),
    version: z.string(),
    build: z.int(),
    status: z
      .enum(["not-started", "running", "finished", "failed"])
      .check(
        z.describe(
          "not-started: the file is not uploaded yet; running; finished: every subscriber handled; failed: the run stopped early (a later run sends the rest)",
        ),
      ),
    sent: Count,
    skipped: Count.check(z.describe("Owners who unsubscribed before their turn")),
    failed: Count.check(z.describe("Notices SES refused or kept throttling; a later run sends them")),
    startedAt: z.optional(Timestamp),
    finishedAt: z.optional(Timestamp),
    run: z.optional(z.string().check(z.describe("The latest run's execution name"))),
    error: z.optional(z.string().check(z.describe("Why the latest run stopped early"))),
  })
  .check(z.meta({ id: "NoticeReport" }));
