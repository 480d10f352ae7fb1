import * as z from "zod/mini";
import { Day, Timestamp } from "./shared";

const ScheduleDay = z
  .strictObject({
    date: Day,
    name: z.optional(
      z.string().check(z.describe("The holiday, or for a make-up workday the holiday it bridges")),
    ),
  })
  .check(z.meta({ id: "ScheduleDay" }));

const scheduleFields = {
  region: z.literal("cn"),
  year: z.int(),
  holidays: z.array(ScheduleDay).check(z.describe("In date order")),
  workdays: z.array(ScheduleDay).check(z.describe("Make-up workdays (weekend days worked), in date order")),
};

/** PUT answers with the schedule it loaded. */
export const LoadedHolidaySchedule = z
  .strictObject({
    ...scheduleFields,
    source: z.literal("loaded"),
    loadedAt: Timestamp,
    loadedBy: z.string().check(z.describe("The admin's user id")),
    takesEffectWithinSeconds: z
      .int()
      .check(z.describe("New cases count on it within this time (function instances cache the schedules)")),
  })
  .check(z.meta({ id: "LoadedHolidaySchedule" }));

/** The schedule in force for a year: one an admin loaded, or the chinese-days package's. */
export const HolidayScheduleView = z.discriminatedUnion("source", [
  LoadedHolidaySchedule,
  z
    .strictObject({ ...scheduleFields, source: z.literal("chinese-days") })
    .check(z.meta({ id: "PackageHolidaySchedule" })),
]);
