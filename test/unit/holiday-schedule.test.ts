import { describe, expect, it } from "vitest";
import { CHINA_HOLIDAY_YEARS, chinaCalendar, packageChinaSchedule } from "#domain/china-calendar";
import { type HolidaySchedule, scheduleProblems } from "#domain/holiday-schedule";

/** 2027's New Year as the brief has it: Friday 1 to Sunday 3 January off, no make-up workday. */
const NEW_YEAR_2027: HolidaySchedule = {
  year: 2027,
  holidays: ["2027-01-01", "2027-01-02", "2027-01-03"].map((date) => ({ date, name: "New Year's Day" })),
  workdays: [],
};

describe("a year's official holiday schedule", () => {
  it("may be loaded when every date is a real date of its year, make-up workdays on weekends", () => {
    expect(scheduleProblems(NEW_YEAR_2027)).toEqual([]);
    expect(scheduleProblems({ ...NEW_YEAR_2027, workdays: [{ date: "2027-02-06" }] })).toEqual([]);
    for (const year of [2004, 2016, CHINA_HOLIDAY_YEARS.last]) {
      expect(scheduleProblems(packageChinaSchedule(year)!), String(year)).toEqual([]);
    }
  });

  it("names every entry that is not a real date of its year, listed twice, or both off and worked", () => {
    const problems = scheduleProblems({
      year: 2027,
      holidays: [
        { date: "2027-02-30" },
        { date: "2028-01-01" },
        { date: "2027-05-01" },
        { date: "2027-05-01" },
      ],
      workdays: [
        { date: "2027-05-01" },
        { date: "2027-05-03" },
        { date: "2027-05-08" },
        { date: "2027-05-08" },
      ],
    });

    expect(problems).toEqual([
      { field: "holidays.0.date", message: "must be a real date, YYYY-MM-DD" },
      { field: "holidays.1.date", message: "must be in 2027" },
      { field: "holidays.3.date", message: "is listed twice" },
      { field: "workdays.0.date", message: expect.stringContaining("is also listed as a holiday") },
      { field: "workdays.1.date", message: expect.stringContaining("must be a Saturday or Sunday") },
      { field: "workdays.3.date", message: "is listed twice" },
    ]);
  });
});

describe("China's calendar with loaded schedules", () => {
  it("takes a loaded year's holidays and make-up workdays, and knows it has a schedule for it", () => {
    const before = chinaCalendar();
    const after = chinaCalendar([{ ...NEW_YEAR_2027, workdays: [{ date: "2027-02-06" }] }]);

    expect(before.isWorkday("2027-01-01")).toBe(true); // a Friday, as plain weeks count it
    expect(before.hasHolidaySchedule?.(2027)).toBe(false);
    expect(after.isWorkday("2027-01-01")).toBe(false);
    expect(after.isWorkday("2027-01-04")).toBe(true);
    expect(after.isWorkday("2027-02-06")).toBe(true); // a make-up Saturday
    expect(after.hasHolidaySchedule?.(2027)).toBe(true);
    // Other years keep the package's data.
    expect(after.isWorkday("2026-10-01")).toBe(false);
    expect(after.isWorkday("2026-10-10")).toBe(true);
  });

  it("lets a loaded year replace the package's data for that year", () => {
    const corrected = chinaCalendar([{ year: 2026, holidays: [{ date: "2026-01-01" }], workdays: [] }]);

    expect(corrected.isWorkday("2026-01-01")).toBe(false);
    expect(corrected.isWorkday("2026-10-01")).toBe(true); // not in the loaded 2026: a Thursday
    expect(corrected.isWorkday("2026-10-10")).toBe(false); // no longer a make-up workday: a Saturday
  });

  it("shows the package's schedule of a year it knows, with names, and none for a year it does not", () => {
    const year = packageChinaSchedule(2026);

    expect(year?.holidays).toContainEqual({ date: "2026-01-01", name: "New Year's Day / 元旦" });
    expect(year?.workdays).toContainEqual({ date: "2026-01-04", name: "New Year's Day / 元旦" });
    expect(year?.holidays.every((d) => d.date.startsWith("2026-"))).toBe(true);
    expect(packageChinaSchedule(CHINA_HOLIDAY_YEARS.last + 1)).toBeUndefined();
  });
});
