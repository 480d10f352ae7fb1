/**
 * Support plans, "Table A" of the handbook (DOMAIN.md section 3). This is the single source:
 * entitlement decisions, the contact wizard and the plan pages all read it.
 */
export const PLAN_IDS = [
  "customer-service",
  "trial",
  "single-incident",
  "advantage-standard",
  "advantage-premier",
] as const;

export type PlanId = (typeof PLAN_IDS)[number];
export type TechnicalPlanId = Exclude<PlanId, "customer-service">;

export const CHANNELS = ["email", "chat", "phone"] as const;
export type Channel = (typeof CHANNELS)[number];

export type Availability = "24x7" | "business-hours";

/** A first-response target for important problems. Chat and phone count as immediate (section 4). */
export type FirstResponse =
  | { kind: "business-days" | "calendar-days"; amount: number }
  | { kind: "immediate"; note: string };

export interface Plan {
  name: string;
  covers: "customer-service" | "technical";
  price: string;
  scope: string;
  availability: Availability;
  channels: readonly Channel[];
  firstResponse: Partial<Record<Channel, FirstResponse>>;
}

const IMMEDIATE: FirstResponse = { kind: "immediate", note: "usually under 2 minutes" };
const ONE_BUSINESS_DAY: FirstResponse = { kind: "business-days", amount: 1 };

export const PLANS: Record<PlanId, Plan> = {
  "customer-service": {
    name: "Customer Service",
    covers: "customer-service",
    price: "Free.",
    scope:
      "Accounts, licenses and serial numbers, site navigation, downloads and offers; unlimited within reason.",
    availability: "24x7",
    channels: ["email", "chat"],
    firstResponse: { email: ONE_BUSINESS_DAY, chat: IMMEDIATE },
  },
  trial: {
    name: "Trial Support",
    covers: "technical",
    price: "Free.",
    scope: "Technical help only while the trial runs.",
    availability: "business-hours",
    channels: ["email", "chat"],
    firstResponse: { email: { kind: "business-days", amount: 3 }, chat: IMMEDIATE },
  },
  "single-incident": {
    name: "Single Incident",
    covers: "technical",
    price: "Paid per incident.",
    scope: "One technical incident.",
    availability: "24x7",
    channels: ["email", "chat", "phone"],
    firstResponse: { email: ONE_BUSINESS_DAY, chat: IMMEDIATE, phone: IMMEDIATE },
  },
  // Assumed in DOMAIN.md: the handbook names Standard (with renew / upgrade links) but gives no row.
  "advantage-standard": {
    name: "Advantage Standard",
    covers: "technical",
    price: "Subscription.",
    scope: "Unlimited technical incidents within the subscription period.",
    availability: "business-hours",
    channels: ["email", "chat", "phone"],
    firstResponse: { email: ONE_BUSINESS_DAY, chat: IMMEDIATE, phone: IMMEDIATE },
  },
  "advantage-premier": {
    name: "Advantage Premier",
    covers: "technical",
    price: "Subscription; the first year is included with any enterprise product purchase.",
    scope: "Unlimited technical incidents within the subscription period.",
    availability: "24x7",
    channels: ["email", "chat", "phone"],
    firstResponse: { email: { kind: "calendar-days", amount: 1 }, chat: IMMEDIATE, phone: IMMEDIATE },
  },
};

/**
 * Which plan handles a technical case when several are valid, best first. Subscriptions first, as
 * they cost the customer nothing per case and answer fastest; the trial before a single incident,
 * because a paid incident credit must never be spent while a free plan covers the case.
 */
export const PLAN_PREFERENCE: readonly TechnicalPlanId[] = [
  "advantage-premier",
  "advantage-standard",
  "trial",
  "single-incident",
];

/** Subscriptions are the plans that expire and can be renewed. */
export const SUBSCRIPTION_PLANS: readonly TechnicalPlanId[] = ["advantage-standard", "advantage-premier"];
