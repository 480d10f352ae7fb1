import chinaDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addCalendarDays,
  type BusinessCalendar,
  fromLocal,
  isWithinBusinessHours,
  nextBusinessMoment,
  toLocal,
  weekdayOf,
  weekdaysCalendar,
} from "#domain/business-calendar";
import { CHINA_HOLIDAY_YEARS } from "#domain/china-calendar";
import { SUPPORT_REGIONS } from "#domain/support-calendars";
import { SUPPORT_REGION_IDS, SUPPORT_TIME_ZONES } from "#domain/support-regions";

const HOUR = 3_600_000;
const OPEN = 9 * HOUR;
const CLOSE = 18 * HOUR;
const WORKDAY = CLOSE - OPEN;

const cn = SUPPORT_REGIONS.cn;
const global = SUPPORT_REGIONS.global;
/** A region with summer time, to prove the arithmetic does not assume a fixed offset. */
const berlin = weekdaysCalendar("berlin", "Europe/Berlin");
const calendars = [cn, global, berlin];

/** Beijing time, written with its offset so the expectation does not go through the code under test. */
const beijing = (local: string) => new Date(`${local}+08:00`);

/** Business time between two instants, summed workday by workday (a reference, not the algorithm). */
function businessMsBetween(calendar: BusinessCalendar, a: Date, b: Date): number {
  let total = 0;
  const last = toLocal(calendar.timeZone, b).date;
  for (let d = toLocal(calendar.timeZone, a).date; d <= last; d = addCalendarDays(d, 1)) {
    if (!calendar.isWorkday(d)) continue;
    const open = fromLocal(calendar.timeZone, d, OPEN).getTime();
    const close = fromLocal(calendar.timeZone, d, CLOSE).getTime();
    total += Math.max(0, Math.min(b.getTime(), close) - Math.max(a.getTime(), open));
  }
  return total;
}

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2026, 11, 20);
const anyCalendar = fc.constantFrom(...calendars);
/** Any instant, or one on the edges of working hours somewhere, where off-by-one errors live. */
const instantFor = (calendar: BusinessCalendar) =>
  fc.oneof(
    fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
    fc
      .tuple(
        fc.integer({ min: FROM / 86_400_000, max: TO / 86_400_000 }),
        fc.constantFrom(0, OPEN - 1, OPEN, OPEN + 1, CLOSE - 1, CLOSE, CLOSE + 1, 24 * HOUR - 1),
      )
      .map(([day, ms]) =>
        fromLocal(calendar.timeZone, new Date(day * 86_400_000).toISOString().slice(0, 10), ms),
      ),
  );
const calendarAndInstant = anyCalendar.chain((calendar) =>
  instantFor(calendar).map((at) => ({ calendar, at })),
);

describe("time zones without a date library", () => {
  it("reads the local date and time of an instant in a zone, with or without summer time", () => {
    expect(toLocal("Asia/Shanghai", new Date("2025-10-01T01:30:00Z"))).toEqual({
      date: "2025-10-01",
      msOfDay: 9.5 * HOUR,
    });
    expect(toLocal("Asia/Shanghai", new Date("2025-12-31T16:00:00Z"))).toEqual({
      date: "2026-01-01",
      msOfDay: 0,
    });
    expect(toLocal("Europe/Berlin", new Date("2025-03-28T08:00:00.250Z"))).toEqual({
      date: "2025-03-28",
      msOfDay: 9 * HOUR + 250,
    });
    expect(toLocal("Europe/Berlin", new Date("2025-03-31T07:00:00Z"))).toEqual({
      date: "2025-03-31",
      msOfDay: OPEN,
    });
  });

  it("turns a local wall time into the instant, on both sides of a summer-time change", () => {
    expect(fromLocal("Asia/Shanghai", "2025-10-09", OPEN)).toEqual(new Date("2025-10-09T01:00:00Z"));
    expect(fromLocal("Europe/Berlin", "2025-03-28", OPEN)).toEqual(new Date("2025-03-28T08:00:00Z"));
    expect(fromLocal("Europe/Berlin", "2025-03-31", OPEN)).toEqual(new Date("2025-03-31T07:00:00Z"));
    expect(fromLocal("Europe/Berlin", "2025-10-24", CLOSE)).toEqual(new Date("2025-10-24T16:00:00Z"));
    expect(fromLocal("Europe/Berlin", "2025-10-27", CLOSE)).toEqual(new Date("2025-10-27T17:00:00Z"));
    expect(fromLocal("America/New_York", "2025-11-03", OPEN)).toEqual(new Date("2025-11-03T14:00:00Z"));
  });

  it("round-trips any instant through local time in a zone without summer time", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Asia/Shanghai", "UTC", "Asia/Kolkata"),
        fc.integer({ min: FROM, max: TO }),
        (zone, t) => {
          const { date, msOfDay } = toLocal(zone, new Date(t));
          expect(fromLocal(zone, date, msOfDay).getTime()).toBe(t);
        },
      ),
    );
  });

  it("round-trips any working-hours wall time in a zone with summer time", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Europe/Berlin", "America/New_York", "Australia/Sydney"),
        fc.integer({ min: FROM / 86_400_000, max: TO / 86_400_000 }),
        fc.integer({ min: OPEN, max: CLOSE }),
        (zone, day, msOfDay) => {
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(toLocal(zone, fromLocal(zone, date, msOfDay))).toEqual({ date, msOfDay });
        },
      ),
    );
  });

  it("knows the day of the week of a date", () => {
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("2025-09-28")).toBe(0);
    expect(weekdayOf("2025-10-11")).toBe(6);
    expect(() => weekdayOf("2025-02-29")).toThrow(RangeError);
    expect(() => weekdayOf("28.09.2025")).toThrow(RangeError);
    // Years below 100 are years below 100, not 1900-1999 as Date.UTC reads them.
    expect(weekdayOf("0000-02-29")).toBe(2);
    expect(weekdayOf("0050-06-15")).toBe(3);
  });
});

describe("the China calendar", () => {
  it("works the make-up weekend days (调休) the State Council sets around holidays", () => {
    for (const date of ["2025-09-28", "2025-10-11", "2025-02-08", "2026-01-04", "2026-02-14", "2026-02-28"]) {
      expect([0, 6]).toContain(weekdayOf(date));
      expect(cn.isWorkday(date)).toBe(true);
    }
  });

  it("rests through the National Day week of 2025, 1 to 8 October, and works again on the 9th", () => {
    for (let d = "2025-10-01"; d <= "2025-10-08"; d = addCalendarDays(d, 1))
      expect(cn.isWorkday(d)).toBe(false);
    expect(cn.isWorkday("2025-10-09")).toBe(true);
  });

  it("rests on holidays that fall on weekdays and on ordinary weekends", () => {
    expect(cn.isWorkday("2026-01-01")).toBe(false); // Thursday, New Year's Day
    expect(cn.isWorkday("2026-01-02")).toBe(false); // Friday, bridged by the make-up Sunday 4 January
    expect(cn.isWorkday("2025-10-18")).toBe(false); // an ordinary Saturday
    expect(cn.isWorkday("2025-10-20")).toBe(true); // an ordinary Monday
  });

  it("follows every holiday and make-up day in the chinese-days data", () => {
    for (const date of Object.keys(chinaDays.workdays)) expect(cn.isWorkday(date)).toBe(true);
    for (const date of Object.keys(chinaDays.holidays)) expect(cn.isWorkday(date)).toBe(false);
  });

  it("says which years the holiday data covers, and counts plain weekdays after the last one", () => {
    expect(CHINA_HOLIDAY_YEARS.first).toBe(2004);
    expect(CHINA_HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2026);
    expect(cn.hasHolidaySchedule?.(CHINA_HOLIDAY_YEARS.first)).toBe(true);
    expect(cn.hasHolidaySchedule?.(CHINA_HOLIDAY_YEARS.last)).toBe(true);
    expect(cn.hasHolidaySchedule?.(CHINA_HOLIDAY_YEARS.last + 1)).toBe(false);
    expect(global.hasHolidaySchedule).toBeUndefined();
    const unknownYear = CHINA_HOLIDAY_YEARS.last + 1;
    for (let d = `${unknownYear}-10-01`; d <= `${unknownYear}-10-07`; d = addCalendarDays(d, 1)) {
      expect(cn.isWorkday(d)).toBe(weekdayOf(d) >= 1 && weekdayOf(d) <= 5);
    }
  });

  it("gives the same answers whatever time zone the process runs in", () => {
    const before = process.env.TZ;
    const from = beijing("2025-09-26T10:00:00");
    try {
      const answers = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"].map((tz) => {
        process.env.TZ = tz;
        return [
          cn.isWorkday("2025-09-28"),
          cn.isWorkday("2025-10-01"),
          addBusinessDays(cn, from, 2).getTime(),
        ];
      });
      for (const a of answers) expect(a).toEqual([true, false, beijing("2025-09-29T10:00:00").getTime()]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe("the global calendar", () => {
  it("works Monday to Friday on UTC and observes no country's holidays", () => {
    expect(global.timeZone).toBe("UTC");
    expect(global.isWorkday("2025-12-25")).toBe(true); // Thursday, Christmas Day
    expect(global.isWorkday("2026-01-01")).toBe(true); // Thursday, New Year's Day
    expect(global.isWorkday("2025-10-01")).toBe(true); // Wednesday, China's National Day
    expect(global.isWorkday("2025-09-28")).toBe(false); // Sunday, a make-up day in China only
    expect(global.isWorkday("2025-10-11")).toBe(false);
  });

  it("refuses to make a calendar in a time zone that does not exist", () => {
    expect(() => weekdaysCalendar("nowhere", "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("working hours", () => {
  it("open at 09:00 and close at 18:00 local time, on workdays only", () => {
    expect(isWithinBusinessHours(cn, beijing("2025-10-09T09:00:00"))).toBe(true);
    expect(isWithinBusinessHours(cn, beijing("2025-10-09T17:59:59.999"))).toBe(true);
    expect(isWithinBusinessHours(cn, beijing("2025-10-09T18:00:00"))).toBe(false);
    expect(isWithinBusinessHours(cn, beijing("2025-10-09T08:59:59.999"))).toBe(false);
    expect(isWithinBusinessHours(cn, beijing("2025-10-08T10:00:00"))).toBe(false); // National Day week
    expect(isWithinBusinessHours(cn, beijing("2025-10-11T10:00:00"))).toBe(true); // make-up Saturday
    expect(isWithinBusinessHours(global, new Date("2025-10-09T01:00:00Z"))).toBe(false);
  });

  it("resume at the next opening when a moment falls outside them", () => {
    const at = beijing("2025-10-09T12:34:56");
    expect(nextBusinessMoment(cn, at)).toEqual(at);
    expect(nextBusinessMoment(cn, beijing("2025-10-09T07:00:00"))).toEqual(beijing("2025-10-09T09:00:00"));
    expect(nextBusinessMoment(cn, beijing("2025-09-30T18:00:00"))).toEqual(beijing("2025-10-09T09:00:00"));
    expect(nextBusinessMoment(cn, beijing("2025-09-27T10:00:00"))).toEqual(beijing("2025-09-28T09:00:00"));
    expect(nextBusinessMoment(berlin, new Date("2025-03-28T17:00:00Z"))).toEqual(
      new Date("2025-03-31T07:00:00Z"),
    );
  });

  it("the next business moment is within working hours, not before the moment, and stays put", () => {
    fc.assert(
      fc.property(calendarAndInstant, ({ calendar, at }) => {
        const next = nextBusinessMoment(calendar, at);
        expect(isWithinBusinessHours(calendar, next)).toBe(true);
        expect(next.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(businessMsBetween(calendar, at, next)).toBe(0);
        expect(nextBusinessMoment(calendar, next)).toEqual(next);
      }),
    );
  });
});

describe("adding business days", () => {
  it("keeps the wall-clock time on the next workday", () => {
    expect(addBusinessDays(cn, beijing("2025-10-20T10:30:00"), 1)).toEqual(beijing("2025-10-21T10:30:00"));
    expect(addBusinessDays(cn, beijing("2025-10-20T10:30:00"), 3)).toEqual(beijing("2025-10-23T10:30:00"));
    expect(addBusinessDays(global, new Date("2025-10-24T17:59:00Z"), 1)).toEqual(
      new Date("2025-10-27T17:59:00Z"),
    );
  });

  it("ends at the close of a workday, not the next opening, when counting starts at an opening", () => {
    expect(addBusinessDays(cn, beijing("2025-10-20T09:00:00"), 1)).toEqual(beijing("2025-10-20T18:00:00"));
    expect(addBusinessDays(cn, beijing("2025-10-20T07:00:00"), 3)).toEqual(beijing("2025-10-22T18:00:00"));
    // Submitted on Friday evening: due by the end of Monday.
    expect(addBusinessDays(cn, beijing("2025-10-24T20:00:00"), 1)).toEqual(beijing("2025-10-27T18:00:00"));
  });

  it("counts a make-up Sunday and a make-up Saturday as workdays", () => {
    expect(addBusinessDays(cn, beijing("2025-09-26T10:00:00"), 1)).toEqual(beijing("2025-09-28T10:00:00"));
    expect(addBusinessDays(cn, beijing("2025-10-10T14:00:00"), 1)).toEqual(beijing("2025-10-11T14:00:00"));
    expect(addBusinessDays(global, new Date("2025-10-10T14:00:00Z"), 1)).toEqual(
      new Date("2025-10-13T14:00:00Z"),
    );
  });

  it("skips the National Day week", () => {
    expect(addBusinessDays(cn, beijing("2025-09-30T10:00:00"), 1)).toEqual(beijing("2025-10-09T10:00:00"));
    expect(addBusinessDays(cn, beijing("2025-09-30T20:00:00"), 1)).toEqual(beijing("2025-10-09T18:00:00"));
    expect(addBusinessDays(cn, beijing("2025-10-03T11:00:00"), 3)).toEqual(beijing("2025-10-11T18:00:00"));
  });

  it("crosses the year end to the first workday of January, a make-up Sunday in 2026", () => {
    expect(addBusinessDays(cn, beijing("2025-12-31T15:00:00"), 1)).toEqual(beijing("2026-01-04T15:00:00"));
    expect(addBusinessDays(cn, beijing("2025-12-31T15:00:00"), 3)).toEqual(beijing("2026-01-06T15:00:00"));
    expect(addBusinessDays(cn, beijing("2024-12-31T15:00:00"), 1)).toEqual(beijing("2025-01-02T15:00:00"));
    expect(addBusinessDays(global, new Date("2025-12-31T15:00:00Z"), 1)).toEqual(
      new Date("2026-01-01T15:00:00Z"),
    );
  });

  it("keeps local working time across a summer-time change", () => {
    // Friday 10:00 CET to Monday 10:00 CEST, and back in the autumn.
    expect(addBusinessDays(berlin, new Date("2025-03-28T09:00:00Z"), 1)).toEqual(
      new Date("2025-03-31T08:00:00Z"),
    );
    expect(addBusinessDays(berlin, new Date("2025-10-24T08:00:00Z"), 1)).toEqual(
      new Date("2025-10-27T09:00:00Z"),
    );
  });

  it("with zero days gives the next business moment, and refuses negative or fractional days", () => {
    expect(addBusinessDays(cn, beijing("2025-10-01T10:00:00"), 0)).toEqual(beijing("2025-10-09T09:00:00"));
    expect(() => addBusinessDays(cn, beijing("2025-10-09T10:00:00"), -1)).toThrow(RangeError);
    expect(() => addBusinessDays(cn, beijing("2025-10-09T10:00:00"), 1.5)).toThrow(RangeError);
    expect(() => addBusinessDays(cn, new Date(Number.NaN), 1)).toThrow(RangeError);
  });

  it("is due on a workday, after its opening and at the latest at its close, never on a holiday", () => {
    fc.assert(
      fc.property(calendarAndInstant, fc.integer({ min: 1, max: 10 }), ({ calendar, at }, days) => {
        const due = addBusinessDays(calendar, at, days);
        const local = toLocal(calendar.timeZone, due);
        expect(calendar.isWorkday(local.date)).toBe(true);
        expect(local.msOfDay).toBeGreaterThan(OPEN);
        expect(local.msOfDay).toBeLessThanOrEqual(CLOSE);
        if (calendar === cn) expect(Object.hasOwn(chinaDays.holidays, local.date)).toBe(false);
      }),
    );
  });

  it("leaves exactly that many working days of business time between submission and due", () => {
    fc.assert(
      fc.property(calendarAndInstant, fc.integer({ min: 0, max: 10 }), ({ calendar, at }, days) => {
        const due = addBusinessDays(calendar, at, days);
        expect(due.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(businessMsBetween(calendar, at, due)).toBe(days * WORKDAY);
      }),
    );
  });

  it("never moves the due time earlier when the submission is later", () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((calendar) =>
          fc.tuple(fc.constant(calendar), instantFor(calendar), instantFor(calendar)),
        ),
        fc.integer({ min: 0, max: 5 }),
        ([calendar, a, b], days) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(addBusinessDays(calendar, late, days).getTime()).toBeGreaterThanOrEqual(
            addBusinessDays(calendar, early, days).getTime(),
          );
        },
      ),
    );
  });

  it("adding twice is adding the sum (up to the close/opening boundary when the second adds nothing)", () => {
    fc.assert(
      fc.property(calendarAndInstant, fc.nat(5), fc.nat(5), ({ calendar, at }, m, n) => {
        const twice = addBusinessDays(calendar, addBusinessDays(calendar, at, m), n);
        const once = addBusinessDays(calendar, at, m + n);
        // Adding 0 to a due at a close gives the next opening: the same moment in business time.
        if (n > 0) expect(twice).toEqual(once);
        else expect(nextBusinessMoment(calendar, twice)).toEqual(nextBusinessMoment(calendar, once));
      }),
    );
  });

  it("never lands in the National Day week, from any moment in the days before it", () => {
    const start = beijing("2025-09-26T00:00:00").getTime();
    const end = beijing("2025-10-08T23:59:59.999").getTime();
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 1, max: 4 }), (t, days) => {
        const { date } = toLocal(cn.timeZone, addBusinessDays(cn, new Date(t), days));
        expect(date < "2025-10-01" || date > "2025-10-08").toBe(true);
      }),
    );
  });

  it("makes everything submitted between the last close of 2025 and the first opening of 2026 due at the close of 4 January", () => {
    const start = beijing("2025-12-31T18:00:00").getTime();
    const end = beijing("2026-01-04T09:00:00").getTime();
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (t) => {
        expect(addBusinessDays(cn, new Date(t), 1)).toEqual(beijing("2026-01-04T18:00:00"));
      }),
    );
  });
});

describe("the support regions", () => {
  it("count on a calendar in the region's own zone, the one dates are told in", () => {
    for (const region of SUPPORT_REGION_IDS) {
      expect(SUPPORT_REGIONS[region].timeZone, region).toBe(SUPPORT_TIME_ZONES[region]);
    }
  });
});
