import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BusinessCalendar,
  isWithinBusinessHours,
  toLocal,
  weekdaysCalendar,
} from "#domain/business-calendar";
import { chinaCalendar } from "#domain/china-calendar";
import { firstResponseDue, firstResponseState } from "#domain/first-response";
import { CHANNELS, type Channel, PLAN_IDS, PLANS, type PlanId } from "#domain/plans";
import { SUPPORT_REGIONS } from "#domain/support-calendars";

const HOUR = 3_600_000;
const cn = SUPPORT_REGIONS.cn;
const global = SUPPORT_REGIONS.global;
const calendars: BusinessCalendar[] = [cn, global, weekdaysCalendar("berlin", "Europe/Berlin")];

const beijing = (local: string) => new Date(`${local}+08:00`);

const anyInstant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 20) })
  .map((t) => new Date(t));
const anyCalendar = fc.constantFrom(...calendars);

/** Every (plan, channel) pair Table A offers, with its target. */
const offered = PLAN_IDS.flatMap((plan) =>
  CHANNELS.flatMap((channel) => {
    const target = PLANS[plan].firstResponse[channel];
    return target ? [{ plan, channel, target }] : [];
  }),
);
const byKind = (kind: string) => offered.filter((o) => o.target.kind === kind);

describe("first-response due time", () => {
  it("gives e-mail one business day, three for a trial, on the region's calendar", () => {
    const submittedAt = beijing("2025-09-30T10:00:00");
    const due = (plan: PlanId) => firstResponseDue({ plan, channel: "email", submittedAt, calendar: cn });
    expect(due("customer-service").dueAt).toEqual(beijing("2025-10-09T10:00:00"));
    expect(due("single-incident").dueAt).toEqual(beijing("2025-10-09T10:00:00"));
    expect(due("advantage-standard").dueAt).toEqual(beijing("2025-10-09T10:00:00"));
    expect(due("trial").dueAt).toEqual(beijing("2025-10-11T10:00:00")); // 9th, 10th, make-up Saturday 11th
    expect(due("trial").rule).toBe(
      "email: 3 business days on the cn calendar (Asia/Shanghai, 09:00–18:00 on workdays)",
    );
  });

  it("gives Premier e-mail one calendar day, holidays and weekends included", () => {
    const { dueAt, rule } = firstResponseDue({
      plan: "advantage-premier",
      channel: "email",
      submittedAt: beijing("2025-09-30T20:00:00"),
      calendar: cn,
    });
    expect(dueAt).toEqual(beijing("2025-10-01T20:00:00"));
    expect(rule).toBe("email: 1 calendar day (24 hours, weekends and holidays included)");
  });

  it("counts chat and phone as answered at once, for every plan that offers them", () => {
    const immediate = byKind("immediate");
    expect(immediate.map((o) => o.channel).sort()).toEqual(
      PLAN_IDS.flatMap((p) => PLANS[p].channels.filter((c) => c !== "email")).sort(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...immediate),
        anyInstant,
        anyCalendar,
        ({ plan, channel }, submittedAt, calendar) => {
          const { dueAt, rule } = firstResponseDue({ plan, channel, submittedAt, calendar });
          expect(dueAt).toBeUndefined();
          expect(rule).toBe(`${channel}: answered at once (usually under 2 minutes)`);
        },
      ),
    );
  });

  it("refuses a channel the plan does not offer", () => {
    const submittedAt = beijing("2025-10-09T10:00:00");
    expect(() => firstResponseDue({ plan: "trial", channel: "phone", submittedAt, calendar: cn })).toThrow(
      "Trial Support has no phone channel",
    );
    expect(() =>
      firstResponseDue({ plan: "customer-service", channel: "phone" as Channel, submittedAt, calendar: cn }),
    ).toThrow(RangeError);
  });

  it("puts calendar-day targets exactly N × 24 hours after submission, whatever the region", () => {
    const calendarDays = byKind("calendar-days");
    expect(calendarDays.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...calendarDays),
        anyInstant,
        anyCalendar,
        ({ plan, channel, target }, at, calendar) => {
          const { dueAt } = firstResponseDue({ plan, channel, submittedAt: at, calendar });
          const amount = target.kind === "calendar-days" ? target.amount : Number.NaN;
          expect(dueAt!.getTime() - at.getTime()).toBe(amount * 24 * HOUR);
        },
      ),
    );
  });

  it("puts business-day targets on a workday within working hours, never earlier for a later submission", () => {
    const businessDays = byKind("business-days");
    expect(businessDays.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...businessDays),
        anyInstant,
        anyInstant,
        anyCalendar,
        ({ plan, channel }, a, b, calendar) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const dueEarly = firstResponseDue({ plan, channel, submittedAt: early, calendar }).dueAt!;
          const dueLate = firstResponseDue({ plan, channel, submittedAt: late, calendar }).dueAt!;
          for (const due of [dueEarly, dueLate]) {
            const local = toLocal(calendar.timeZone, due);
            expect(calendar.isWorkday(local.date)).toBe(true);
            // Within working hours, or exactly at a close (the end-of-day rule).
            expect(isWithinBusinessHours(calendar, due) || local.msOfDay === 18 * HOUR).toBe(true);
          }
          expect(dueLate.getTime()).toBeGreaterThanOrEqual(dueEarly.getTime());
          expect(dueEarly.getTime()).toBeGreaterThan(early.getTime());
        },
      ),
    );
  });

  it("differs between regions for business days but not for calendar days", () => {
    const submittedAt = new Date("2025-10-01T02:00:00Z");
    const email = (plan: PlanId, calendar: BusinessCalendar) =>
      firstResponseDue({ plan, channel: "email", submittedAt, calendar }).dueAt;
    expect(email("single-incident", cn)).toEqual(beijing("2025-10-09T18:00:00"));
    expect(email("single-incident", global)).toEqual(new Date("2025-10-01T18:00:00Z"));
    expect(email("advantage-premier", cn)).toEqual(email("advantage-premier", global));
  });
});

describe("first-response state", () => {
  const dueAt = new Date("2025-10-09T10:00:00Z");
  const at = (offsetSeconds: number) => new Date(dueAt.getTime() + offsetSeconds * 1000);

  it("shows the time left while unanswered, and breaches once the due time has passed", () => {
    expect(firstResponseState({ dueAt, now: at(-3600) })).toEqual({ breached: false, timeLeftSeconds: 3600 });
    expect(firstResponseState({ dueAt, now: dueAt })).toEqual({ breached: false, timeLeftSeconds: 0 });
    expect(firstResponseState({ dueAt, now: at(0.001) })).toEqual({ breached: true, timeLeftSeconds: -1 });
    expect(firstResponseState({ dueAt, now: at(90) })).toEqual({ breached: true, timeLeftSeconds: -90 });
  });

  it("judges an answered case by when the answer came, not by now", () => {
    expect(firstResponseState({ dueAt, firstResponseAt: dueAt, now: at(10_000) })).toEqual({
      breached: false,
    });
    expect(firstResponseState({ dueAt, firstResponseAt: at(-60), now: at(10_000) })).toEqual({
      breached: false,
    });
    expect(firstResponseState({ dueAt, firstResponseAt: at(1), now: at(-10_000) })).toEqual({
      breached: true,
    });
  });

  it("never breaches a channel answered at once", () => {
    expect(firstResponseState({ dueAt: undefined, now: at(1e9) })).toEqual({ breached: false });
  });

  it("is breached exactly when time left is below zero, while unanswered", () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, (due, now) => {
        const state = firstResponseState({ dueAt: due, now });
        expect(state.breached).toBe(now > due);
        expect(state.breached).toBe(state.timeLeftSeconds! < 0);
        expect(Math.abs(state.timeLeftSeconds! * 1000 - (due.getTime() - now.getTime()))).toBeLessThanOrEqual(
          1000,
        );
      }),
    );
  });

  it("once answered, stays breached or met whatever the time now", () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyInstant, (due, answered, now) => {
        expect(firstResponseState({ dueAt: due, firstResponseAt: answered, now })).toEqual({
          breached: answered > due,
        });
      }),
    );
  });
});

describe("first-response due time at the edge of the holiday data", () => {
  const newYear2027 = {
    year: 2027,
    holidays: ["2027-01-01", "2027-01-02", "2027-01-03"].map((date) => ({ date })),
    workdays: [],
  };
  const lastDayOf2026 = beijing("2026-12-31T12:00:00");

  it("says so in the rule when the count runs into a year without an official schedule", () => {
    const target = firstResponseDue({
      plan: "customer-service",
      channel: "email",
      submittedAt: lastDayOf2026,
      calendar: cn,
    });

    expect(target.dueAt).toEqual(beijing("2027-01-01T12:00:00")); // New Year's Day, unknown here
    expect(target.rule).toBe(
      "email: 1 business day on the cn calendar (Asia/Shanghai, 09:00–18:00 on workdays); no official 2027 holiday calendar loaded: weekends only",
    );
    expect(target.yearsWithoutHolidaySchedule).toEqual([2027]);
  });

  it("counts on a loaded schedule, and then says nothing more", () => {
    const target = firstResponseDue({
      plan: "customer-service",
      channel: "email",
      submittedAt: lastDayOf2026,
      calendar: chinaCalendar([newYear2027]),
    });

    expect(target.dueAt).toEqual(beijing("2027-01-04T12:00:00"));
    expect(target.rule).not.toContain("holiday calendar");
    expect(target.yearsWithoutHolidaySchedule).toEqual([]);
  });

  it("names every unknown year, and never warns where the calendar has no holidays or is not used", () => {
    const inUnknownYears = {
      plan: "trial",
      channel: "email",
      submittedAt: beijing("2027-12-30T12:00:00"),
    } as const;

    expect(firstResponseDue({ ...inUnknownYears, calendar: cn }).rule).toMatch(
      /; no official 2027 and 2028 holiday calendars loaded: weekends only$/,
    );
    expect(firstResponseDue({ ...inUnknownYears, calendar: global }).yearsWithoutHolidaySchedule).toEqual([]);
    const premier = firstResponseDue({ ...inUnknownYears, plan: "advantage-premier", calendar: cn });
    expect(premier.yearsWithoutHolidaySchedule).toEqual([]);
    expect(premier.rule).not.toContain("holiday calendar");
  });
});
