import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CASE_TOPICS,
  CUSTOMER_SERVICE_TOPICS,
  EXCLUDED_TOPIC_REASONS,
  EXCLUDED_TOPICS,
  topicCategory,
} from "#domain/case-topics";
import {
  type Entitlement,
  type EntitlementInput,
  entitlementForTopic,
  type LicenseTerms,
  noCreditsLeft,
  notEntitled,
  type PlanTerm,
  supportOptions,
  technicalEntitlement,
  usablePlans,
} from "#domain/entitlement";
import { PLAN_IDS, PLAN_PREFERENCE, type PlanId } from "#domain/plans";

const TODAY = "2026-03-15";
/** The calendar day `offset` days from TODAY. */
const day = (offset: number) => new Date(Date.UTC(2026, 2, 15 + offset)).toISOString().slice(0, 10);
const RELEASES = ["11.0", "12.0", "12.1"];

const term = (plan: PlanId, startsOn = day(-30), endsOn = day(30)): PlanTerm => ({ plan, startsOn, endsOn });
const terms = (plans: PlanTerm[], extra: Partial<LicenseTerms> = {}): LicenseTerms => ({
  serial: "AAA11-BB22B-C33CC-44DDD-5EEEE",
  productVersion: "12.1",
  plans,
  incidentCredits: 0,
  ...extra,
});
const decide = (t: LicenseTerms | undefined, today = TODAY) =>
  technicalEntitlement({ terms: t, today, releaseVersions: RELEASES });

// Dates within a few days of each other, so that boundaries and equal dates come up often.
const nearDay = fc.integer({ min: -4, max: 4 }).map(day);
const anyTerms = fc.record({
  serial: fc.constant("AAA11-BB22B-C33CC-44DDD-5EEEE"),
  productVersion: fc.constantFrom("10.0", "11.0", "12.0", "12.1", "13.0"),
  trialEndsOn: fc.option(nearDay, { nil: undefined }),
  plans: fc.array(fc.record({ plan: fc.constantFrom(...PLAN_IDS), startsOn: nearDay, endsOn: nearDay }), {
    maxLength: 4,
  }),
  incidentCredits: fc.nat(2),
});
const anyInput: fc.Arbitrary<EntitlementInput> = fc.record({
  terms: fc.option(anyTerms, { nil: undefined }),
  today: nearDay,
  releaseVersions: fc.constantFrom(RELEASES, [], ["12.1"], ["13.0", "12.1"]),
});

const refusal = (e: Entitlement) => (e.allowed ? undefined : { reason: e.reason, advice: e.advice });

describe("technical entitlement", () => {
  it("refuses a product not registered to the caller, pointing to customer service and self-service", () => {
    expect(refusal(decide(undefined))).toEqual({
      reason: "not-registered",
      advice: ["contact-customer-service", "knowledge-base", "forum"],
    });
  });

  it("refuses a version older than the previous one, even under Premier, and advises updating", () => {
    const e = decide(terms([term("advantage-premier")], { productVersion: "11.0" }));
    expect(refusal(e)).toEqual({
      reason: "unsupported-version",
      advice: ["update-to-latest-build", "knowledge-base", "forum"],
    });
    expect(e.allowed || e.message).toContain("12.1 and 12.0");
  });

  it("allows the previous version and the current one", () => {
    for (const productVersion of ["12.0", "12.1"]) {
      expect(decide(terms([term("advantage-premier")], { productVersion }))).toEqual({
        allowed: true,
        plan: "advantage-premier",
        consumesCredit: false,
      });
    }
  });

  it("refuses an ended trial, whether the plan period or the trial itself ended", () => {
    const expected = {
      reason: "trial-ended",
      advice: ["buy-single-incident", "upgrade-to-premier", "knowledge-base", "forum"],
    };
    expect(refusal(decide(terms([term("trial", day(-30), day(-1))])))).toEqual(expected);
    expect(refusal(decide(terms([term("trial")], { trialEndsOn: day(-1) })))).toEqual(expected);
    expect(decide(terms([term("trial")], { trialEndsOn: TODAY })).allowed).toBe(true);
  });

  it("refuses an expired subscription, advising to renew, and to upgrade when it was Standard", () => {
    expect(refusal(decide(terms([term("advantage-standard", day(-400), day(-1))])))).toEqual({
      reason: "plan-expired",
      advice: ["renew", "upgrade-to-premier", "knowledge-base", "forum"],
    });
    const premier = decide(terms([term("advantage-premier", day(-400), day(-1))]));
    expect(refusal(premier)).toEqual({
      reason: "plan-expired",
      advice: ["renew", "knowledge-base", "forum"],
    });
    expect(premier.allowed || premier.message).toBe(
      `Your Advantage Premier subscription ended on ${day(-1)}. Renew it to get technical support again.`,
    );
  });

  it("refuses a single incident without credits left, advising to buy one", () => {
    expect(refusal(decide(terms([term("single-incident")], { incidentCredits: 0 })))).toEqual({
      reason: "no-credits",
      advice: ["buy-single-incident", "knowledge-base", "forum"],
    });
  });

  it("refuses a concurrent intake that lost the last credit exactly as the check refuses one without credits", () => {
    const checked = decide(terms([term("single-incident")], { incidentCredits: 0 }));
    expect(checked).toEqual({ allowed: false, ...noCreditsLeft() });
    const error = notEntitled(noCreditsLeft());
    expect(error).toMatchObject({ code: "not-entitled", message: noCreditsLeft().message });
    expect(error.details).toEqual({
      reason: "no-credits",
      advice: ["buy-single-incident", "knowledge-base", "forum"],
    });
  });

  it("refuses without any technical plan, customer service alone not being one", () => {
    const expected = {
      reason: "no-plan",
      advice: ["buy-single-incident", "upgrade-to-premier", "knowledge-base", "forum"],
    };
    expect(refusal(decide(terms([])))).toEqual(expected);
    expect(refusal(decide(terms([term("customer-service")])))).toEqual(expected);
  });

  it("gives reasons in order: not registered, version, trial ended, subscription expired, no credits, no plan", () => {
    const ended = [term("trial", day(-60), day(-1)), term("advantage-standard", day(-400), day(-2))];
    const single = term("single-incident");
    expect(decide(terms([...ended, single], { productVersion: "11.0" }))).toMatchObject({
      reason: "unsupported-version",
    });
    expect(decide(terms([...ended, single]))).toMatchObject({ reason: "trial-ended" });
    expect(decide(terms([ended[1]!, single]))).toMatchObject({ reason: "plan-expired" });
    expect(decide(terms([single, term("advantage-premier", day(1), day(365))]))).toMatchObject({
      reason: "no-credits",
    });
  });

  it("allows a plan on its first and last day, and refuses it the day after or the day before", () => {
    expect(decide(terms([term("advantage-premier", day(-365), TODAY)])).allowed).toBe(true);
    expect(decide(terms([term("advantage-premier", TODAY, day(365))])).allowed).toBe(true);
    expect(decide(terms([term("advantage-premier", day(-365), day(-1))]))).toMatchObject({
      reason: "plan-expired",
    });
    expect(decide(terms([term("advantage-premier", day(1), day(365))]))).toMatchObject({ reason: "no-plan" });
  });

  it("picks Premier over Standard over the trial over a single incident", () => {
    const all = [
      term("single-incident"),
      term("trial"),
      term("advantage-standard"),
      term("advantage-premier"),
    ];
    for (let i = 0; i < all.length; i++) {
      expect(decide(terms(all.slice(0, all.length - i), { incidentCredits: 1 }))).toMatchObject({
        allowed: true,
        plan: PLAN_PREFERENCE[i],
      });
    }
  });

  it("spends an incident credit only when the single incident is the plan used", () => {
    expect(decide(terms([term("single-incident")], { incidentCredits: 2 }))).toEqual({
      allowed: true,
      plan: "single-incident",
      consumesCredit: true,
    });
    expect(decide(terms([term("single-incident"), term("trial")], { incidentCredits: 2 }))).toEqual({
      allowed: true,
      plan: "trial",
      consumesCredit: false,
    });
  });

  it("throws on malformed dates, as they are a programming error", () => {
    for (const bad of ["2026-02-30", "2026-3-15", "15/03/2026", ""]) {
      expect(() => decide(terms([]), bad), bad).toThrow(RangeError);
      expect(() => decide(terms([term("trial", bad)])), bad).toThrow(RangeError);
      expect(() => decide(terms([], { trialEndsOn: bad })), bad).toThrow(RangeError);
    }
  });

  it("takes every real date of a four-digit year, 0000-02-29 included, as the API accepts them", () => {
    // Date.UTC reads years 0-99 as 1900-1999, where 1900-02-29 does not exist: this was a 500.
    for (const early of ["0000-02-29", "0004-02-29", "0099-12-31"]) {
      expect(() => decide(terms([term("advantage-premier", early)])), early).not.toThrow();
    }
    expect(() => decide(terms([term("trial", "0001-02-29")]))).toThrow(RangeError);
  });

  it("finds a plan valid exactly when it started on or before today and ends on or after today", () => {
    fc.assert(
      fc.property(nearDay, nearDay, nearDay, (startsOn, today, endsOn) => {
        const e = decide(terms([term("advantage-premier", startsOn, endsOn)]), today);
        expect(e.allowed).toBe(startsOn <= today && today <= endsOn);
      }),
    );
  });

  it("either allows under the most preferred usable plan or refuses with a reason and self-service advice", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const e = technicalEntitlement(input);
        if (e.allowed) {
          expect(e.plan).toBe(usablePlans(input.terms!, input.today)[0]);
          expect(e.consumesCredit).toBe(e.plan === "single-incident");
        } else {
          expect(Object.keys(e).sort()).toEqual(["advice", "allowed", "message", "reason"]);
          expect(e.advice).toEqual(expect.arrayContaining(["knowledge-base", "forum"]));
          expect(e.message).not.toBe("");
        }
      }),
    );
  });
});

describe("entitlement by topic", () => {
  it("sorts every topic into exactly one category, with a reason for each excluded one", () => {
    expect(CASE_TOPICS.map(topicCategory)).toEqual([
      ...Array(5).fill("customer-service"),
      "technical",
      ...Array(5).fill("excluded"),
    ]);
    for (const topic of EXCLUDED_TOPICS) expect(EXCLUDED_TOPIC_REASONS[topic]).toMatch(/\.$/);
  });

  it("handles a product problem as a technical question", () => {
    const input = { terms: terms([term("trial")]), today: TODAY, releaseVersions: RELEASES };
    expect(entitlementForTopic("product-problem", input)).toEqual(technicalEntitlement(input));
  });

  it("always allows customer-service topics under customer service, without a credit, whatever the terms", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CUSTOMER_SERVICE_TOPICS), anyInput, (topic, input) => {
        expect(entitlementForTopic(topic, input)).toEqual({
          allowed: true,
          plan: "customer-service",
          consumesCredit: false,
        });
      }),
    );
  });

  it("always refuses excluded topics with that topic's reason, whatever the terms", () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXCLUDED_TOPICS), anyInput, (topic, input) => {
        expect(entitlementForTopic(topic, input)).toEqual({
          allowed: false,
          reason: "excluded-topic",
          message: EXCLUDED_TOPIC_REASONS[topic],
          advice: ["knowledge-base", "forum"],
        });
      }),
    );
  });
});

describe("support options", () => {
  it("offers Premier's channels and hours when Premier is valid", () => {
    expect(
      supportOptions({ terms: terms([term("advantage-premier")]), today: TODAY, releaseVersions: RELEASES }),
    ).toEqual({
      plans: ["customer-service", "advantage-premier"],
      channels: ["email", "chat", "phone"],
      availability: "24x7",
      firstResponse: {
        email: { kind: "calendar-days", amount: 1 },
        chat: { kind: "immediate", note: "usually under 2 minutes" },
        phone: { kind: "immediate", note: "usually under 2 minutes" },
      },
      technical: { allowed: true, plan: "advantage-premier", consumesCredit: false },
    });
  });

  it("offers business hours during a trial, and lists usable plans most preferred first", () => {
    const options = supportOptions({
      terms: terms([term("single-incident"), term("trial")], { incidentCredits: 1 }),
      today: TODAY,
      releaseVersions: RELEASES,
    });
    expect(options).toMatchObject({
      plans: ["customer-service", "trial", "single-incident"],
      availability: "business-hours",
    });
  });

  it("falls back to customer service when technical help is refused", () => {
    for (const t of [undefined, terms([term("advantage-premier")], { productVersion: "11.0" })]) {
      const options = supportOptions({ terms: t, today: TODAY, releaseVersions: RELEASES });
      expect(options).toMatchObject({
        channels: ["email", "chat"],
        availability: "24x7",
        technical: { allowed: false },
      });
    }
  });
});
