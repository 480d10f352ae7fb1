import { isLocalDate } from "./business-calendar";
import { type CaseTopic, EXCLUDED_TOPIC_REASONS, isExcludedTopic, topicCategory } from "./case-topics";
import { DomainError } from "./errors";
import {
  type Availability,
  CHANNELS,
  type Channel,
  type FirstResponse,
  PLAN_PREFERENCE,
  PLANS,
  type PlanId,
  SUBSCRIPTION_PLANS,
  type TechnicalPlanId,
} from "./plans";
import { isSupportedVersion, supportedVersions } from "./product-versions";

/**
 * Who may get which help for a registered product, today (DOMAIN.md section 3). Pure: the caller
 * loads the license terms and passes today's date in the support center's time zone.
 */

/** Dates are calendar days, YYYY-MM-DD, so plain string comparison orders them. */
export interface PlanTerm {
  plan: PlanId;
  /** First day the plan is valid. */
  startsOn: string;
  /** Last day the plan is valid: it expires the day after. */
  endsOn: string;
}

export interface LicenseTerms {
  serial: string;
  productVersion: string;
  trialEndsOn?: string;
  plans: PlanTerm[];
  incidentCredits: number;
}

export type Advice =
  | "renew"
  | "upgrade-to-premier"
  | "buy-single-incident"
  | "update-to-latest-build"
  | "knowledge-base"
  | "forum"
  | "contact-customer-service";

export type RefusalReason =
  | "not-registered"
  | "no-plan"
  | "plan-expired"
  | "trial-ended"
  | "unsupported-version"
  | "no-credits"
  | "excluded-topic";

export type Refusal = { reason: RefusalReason; message: string; advice: Advice[] };

export type Entitlement =
  | { allowed: true; plan: PlanId; consumesCredit: boolean }
  | ({ allowed: false } & Refusal);

export interface EntitlementInput {
  /** Undefined when the product is not registered to the caller. */
  terms: LicenseTerms | undefined;
  today: string;
  releaseVersions: string[];
}

/** Malformed dates are a programming error (inputs are validated at the edge), so they throw. */
function assertDate(value: string, what: string): void {
  if (!isLocalDate(value)) throw new RangeError(`${what}: expected a YYYY-MM-DD date, got "${value}"`);
}

function assertTerms(terms: LicenseTerms): void {
  if (terms.trialEndsOn !== undefined) assertDate(terms.trialEndsOn, "trialEndsOn");
  for (const term of terms.plans) {
    assertDate(term.startsOn, `${term.plan} startsOn`);
    assertDate(term.endsOn, `${term.plan} endsOn`);
  }
}

/** Inclusive on both ends; the trial also stops on the trial's own end date. */
function isValidOn(term: PlanTerm, today: string, trialEndsOn: string | undefined): boolean {
  const inPeriod = term.startsOn <= today && today <= term.endsOn;
  return term.plan === "trial" ? inPeriod && (trialEndsOn === undefined || today <= trialEndsOn) : inPeriod;
}

/** Technical plans usable today, most preferred first. A single incident needs a credit left. */
export function usablePlans(terms: LicenseTerms, today: string): TechnicalPlanId[] {
  assertDate(today, "today");
  assertTerms(terms);
  const valid = new Set(
    terms.plans.filter((term) => isValidOn(term, today, terms.trialEndsOn)).map((term) => term.plan),
  );
  return PLAN_PREFERENCE.filter(
    (plan) => valid.has(plan) && (plan !== "single-incident" || terms.incidentCredits > 0),
  );
}

const SELF_SERVICE: Advice[] = ["knowledge-base", "forum"];

function refusal(reason: RefusalReason, message: string, advice: Advice[]): Refusal {
  return { reason, message, advice: [...advice, ...SELF_SERVICE] };
}

function refuse(reason: RefusalReason, message: string, advice: Advice[]): Entitlement {
  return { allowed: false, ...refusal(reason, message, advice) };
}

/**
 * No single-incident credit left: what the entitlement check says, and what intake says when a
 * concurrent intake spent the last credit between the check and the write.
 */
export function noCreditsLeft(): Refusal {
  return refusal(
    "no-credits",
    "You have no single-incident credits left. Buy a single incident to open a technical case.",
    ["buy-single-incident"],
  );
}

/** A refusal as the error intake throws (403 `not-entitled`, with the reason and the advice). */
export function notEntitled({ reason, message, advice }: Refusal): DomainError {
  return new DomainError("not-entitled", message, { reason, advice });
}

/**
 * Whether a product problem may be opened as a case now, and under which plan. When nothing is
 * usable, the most actionable reason wins: not registered, then an outdated version (no plan
 * helps until the customer updates), then an ended trial, an expired subscription, a used-up
 * single incident, and finally no plan at all.
 */
export function technicalEntitlement({ terms, today, releaseVersions }: EntitlementInput): Entitlement {
  assertDate(today, "today");
  if (terms === undefined) {
    return refuse(
      "not-registered",
      "This product is not registered to your account. Register its serial number to get technical support.",
      ["contact-customer-service"],
    );
  }
  assertTerms(terms);
  if (!isSupportedVersion(terms.productVersion, releaseVersions)) {
    const supported = supportedVersions(releaseVersions);
    return refuse(
      "unsupported-version",
      `Version ${terms.productVersion} is no longer supported; technical support covers version${supported.length > 1 ? "s" : ""} ${supported.join(" and ")}. Please update to the latest build.`,
      ["update-to-latest-build"],
    );
  }
  const [plan] = usablePlans(terms, today);
  if (plan !== undefined) return { allowed: true, plan, consumesCredit: plan === "single-incident" };

  // Nothing usable: explain the most specific thing that went wrong.
  const started = terms.plans.filter((term) => term.startsOn <= today);
  const lastEnded = (plans: readonly PlanId[]) =>
    started
      .filter((term) => plans.includes(term.plan) && !isValidOn(term, today, terms.trialEndsOn))
      .sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1))[0];

  const trial = lastEnded(["trial"]);
  if (trial) {
    const endedOn = [trial.endsOn, terms.trialEndsOn ?? trial.endsOn].sort()[0];
    return refuse(
      "trial-ended",
      `Your trial ended on ${endedOn}; trial support is available only while the trial runs.`,
      ["buy-single-incident", "upgrade-to-premier"],
    );
  }
  const subscription = lastEnded(SUBSCRIPTION_PLANS);
  if (subscription) {
    return refuse(
      "plan-expired",
      `Your ${PLANS[subscription.plan].name} subscription ended on ${subscription.endsOn}. Renew it to get technical support again.`,
      subscription.plan === "advantage-premier" ? ["renew"] : ["renew", "upgrade-to-premier"],
    );
  }
  if (started.some((term) => term.plan === "single-incident" && today <= term.endsOn)) {
    return { allowed: false, ...noCreditsLeft() };
  }
  return refuse(
    "no-plan",
    "This product has no support plan covering technical help. Buy a single incident or subscribe to Advantage Premier.",
    ["buy-single-incident", "upgrade-to-premier"],
  );
}

/** Customer service is free for everyone; excluded topics are never covered; the rest is technical. */
export function entitlementForTopic(topic: CaseTopic, input: EntitlementInput): Entitlement {
  if (topicCategory(topic) === "customer-service") {
    assertDate(input.today, "today");
    return { allowed: true, plan: "customer-service", consumesCredit: false };
  }
  if (isExcludedTopic(topic)) return refuse("excluded-topic", EXCLUDED_TOPIC_REASONS[topic], []);
  return technicalEntitlement(input);
}

export interface SupportOptions {
  /** Customer service (always open), then the technical plans usable today, most preferred first. */
  plans: PlanId[];
  /** How a technical case would be handled now, or customer service's when technical help is refused. */
  channels: readonly Channel[];
  availability: Availability;
  firstResponse: Partial<Record<Channel, FirstResponse>>;
  technical: Entitlement;
}

/** What the caller may do now for one product: feeds the contact wizard (GET /support/options). */
export function supportOptions(input: EntitlementInput): SupportOptions {
  const technical = technicalEntitlement(input);
  const usable = input.terms ? usablePlans(input.terms, input.today) : [];
  const handler = PLANS[technical.allowed ? technical.plan : "customer-service"];
  return {
    plans: ["customer-service", ...usable],
    channels: CHANNELS.filter((channel) => handler.channels.includes(channel)),
    availability: handler.availability,
    firstResponse: handler.firstResponse,
    technical,
  };
}
