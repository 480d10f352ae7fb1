import * as z from "zod/mini";
import type { Advice, RefusalReason } from "#domain/entitlement";
import { CHANNELS, PLAN_IDS } from "#domain/plans";
import { SELF_SERVICE } from "#domain/self-service";
import { SEVERITY_LEVELS } from "#domain/severity";
import { enumOf, List } from "./shared";

/** A first-response target of Table A: N business or calendar days, or answered at once (chat, phone). */
const FirstResponseTarget = z
  .union([
    z.strictObject({ kind: z.enum(["business-days", "calendar-days"]), amount: z.int().check(z.gte(1)) }),
    z.strictObject({ kind: z.literal("immediate"), note: z.string() }),
  ])
  .check(z.meta({ id: "FirstResponseTarget" }));

/** By channel; a channel the plan does not offer is absent. */
export const FirstResponseTargets = z
  .partialRecord(z.enum(CHANNELS), FirstResponseTarget)
  .check(z.describe("First-response targets by channel; a channel the plan does not offer is absent"));

const Availability = z.enum(["24x7", "business-hours"]);

/** A support plan as Table A (functions/domain/plans.ts) describes it. */
const Plan = z
  .strictObject({
    id: z.enum(PLAN_IDS),
    name: z.string(),
    covers: z.enum(["customer-service", "technical"]),
    price: z.string(),
    scope: z.string(),
    availability: Availability,
    channels: z.array(z.enum(CHANNELS)),
    firstResponse: FirstResponseTargets,
  })
  .check(z.meta({ id: "Plan" }));

const REFUSAL_REASONS = enumOf<RefusalReason>({
  "not-registered": true,
  "no-plan": true,
  "plan-expired": true,
  "trial-ended": true,
  "unsupported-version": true,
  "no-credits": true,
  "excluded-topic": true,
});

const ADVICE = enumOf<Advice>({
  renew: true,
  "upgrade-to-premier": true,
  "buy-single-incident": true,
  "update-to-latest-build": true,
  "knowledge-base": true,
  forum: true,
  "contact-customer-service": true,
});

/** Whether a technical case may be opened now, under which plan; or why not and what to do instead. */
const TechnicalEntitlement = z
  .union([
    z.strictObject({ allowed: z.literal(true), plan: z.enum(PLAN_IDS), consumesCredit: z.boolean() }),
    z.strictObject({
      allowed: z.literal(false),
      reason: REFUSAL_REASONS,
      message: z.string(),
      advice: z.array(ADVICE).check(z.describe("What the customer can do instead, most useful first")),
    }),
  ])
  .check(z.meta({ id: "TechnicalEntitlement" }));

export const SupportOptions = z
  .strictObject({
    serial: z.string(),
    plans: z
      .array(Plan)
      .check(
        z.describe("Customer service (always), then the technical plans usable today, most preferred first"),
      ),
    channels: z
      .array(z.enum(CHANNELS))
      .check(
        z.describe("How a technical case would be handled now, or customer service's when it is refused"),
      ),
    availability: Availability,
    firstResponse: FirstResponseTargets,
    technical: TechnicalEntitlement,
    selfService: z.array(z.enum(SELF_SERVICE)).check(z.describe("Self-service help, open whatever the plan")),
  })
  .check(z.meta({ id: "SupportOptions" }));

export const Severities = List(z.strictObject({ level: z.enum(SEVERITY_LEVELS), meaning: z.string() }));
