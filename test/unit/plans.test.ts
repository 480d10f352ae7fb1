import { describe, expect, it } from "vitest";
import { CHANNELS, PLAN_IDS, PLAN_PREFERENCE, PLANS, SUBSCRIPTION_PLANS } from "#domain/plans";

describe("support plans (Table A)", () => {
  it("gives every plan a first-response target for each channel it offers, and for no other", () => {
    for (const id of PLAN_IDS) {
      const plan = PLANS[id];
      expect(Object.keys(plan.firstResponse).sort(), id).toEqual([...plan.channels].sort());
      expect(
        plan.channels.every((channel) => CHANNELS.includes(channel)),
        id,
      ).toBe(true);
    }
  });

  it("states response times as positive amounts of days or as immediate with a note", () => {
    for (const plan of Object.values(PLANS)) {
      for (const target of Object.values(plan.firstResponse)) {
        if (target.kind === "immediate") expect(target.note).not.toBe("");
        else expect(target.amount).toBeGreaterThan(0);
      }
    }
  });

  it("keeps customer service free, round the clock, by e-mail and chat, and only for customer-service questions", () => {
    expect(PLANS["customer-service"]).toMatchObject({
      covers: "customer-service",
      price: "Free.",
      availability: "24x7",
      channels: ["email", "chat"],
      firstResponse: { email: { kind: "business-days", amount: 1 }, chat: { kind: "immediate" } },
    });
    for (const id of PLAN_PREFERENCE) expect(PLANS[id].covers).toBe("technical");
  });

  it("answers trial e-mails within 3 business days and Premier e-mails within 1 calendar day", () => {
    expect(PLANS.trial.firstResponse.email).toEqual({ kind: "business-days", amount: 3 });
    expect(PLANS.trial.availability).toBe("business-hours");
    expect(PLANS["advantage-premier"].firstResponse.email).toEqual({ kind: "calendar-days", amount: 1 });
    expect(PLANS["advantage-premier"].availability).toBe("24x7");
    expect(PLANS["advantage-standard"]).toMatchObject({
      availability: "business-hours",
      channels: ["email", "chat", "phone"],
      firstResponse: { email: { kind: "business-days", amount: 1 } },
    });
  });

  it("offers the phone only with a paid plan", () => {
    const withPhone = PLAN_IDS.filter((id) => PLANS[id].channels.includes("phone"));
    expect(withPhone.sort()).toEqual(["advantage-premier", "advantage-standard", "single-incident"]);
  });

  it("ranks every technical plan exactly once, Premier first and a paid single incident last", () => {
    expect([...PLAN_PREFERENCE].sort()).toEqual(PLAN_IDS.filter((id) => id !== "customer-service").sort());
    expect(PLAN_PREFERENCE).toEqual(["advantage-premier", "advantage-standard", "trial", "single-incident"]);
  });

  it("counts the two Advantage plans as the subscriptions", () => {
    expect([...SUBSCRIPTION_PLANS].sort()).toEqual(["advantage-premier", "advantage-standard"]);
  });
});
