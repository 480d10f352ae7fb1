import * as z from "zod/mini";
import { Day, Timestamp } from "./shared";

const ScheduleDay = z.strictObject({ date: Day, name: z.optional(z.string()) });

const scheduleFields = {
  region: z.literal("cn"),
  year: z.int(),
  /** In date order. */
  holidays: z.array(ScheduleDay),
  /** Make-up workdays (weekend days worked), in date order. */
  workdays: z.array(ScheduleDay),
};

/** PUT answers with the schedule it loaded. */
export const LoadedHolidaySchedule = z.strictObject({
  ...scheduleFields,
  source: z.literal("loaded"),
  loadedAt: Timestamp,
  /** The admin's user id. */
  loadedBy: z.string(),
  /** New cases count on a load within this time (each function instance caches the schedules). */
  takesEffectWithinSeconds: z.int(),
});

/** The schedule in force for a year: one an admin loaded, or the chinese-days package's. */
export const HolidayScheduleView = z.discriminatedUnion("source", [
  LoadedHolidaySchedule,
  z.strictObject({ ...scheduleFields, source: z.literal("chinese-days") }),
]);
