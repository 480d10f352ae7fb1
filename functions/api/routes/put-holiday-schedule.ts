import { LoadedHolidaySchedule } from "../responses/calendars";
import { CalendarYearPath, HolidayScheduleRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const putHolidayScheduleRoute = {
  method: "PUT",
  path: "/admin/calendars/cn/{year}",
  groups: ["admin"],
  entry: "functions/api/calendars/put-holiday-schedule.ts",
  summary:
    "Load a year's official holidays and make-up workdays for China's calendar, over the package's data (replaces)",
  params: CalendarYearPath,
  body: HolidayScheduleRequest,
  needs: { table: "write" },
  tags: ["calendars"],
  description:
    "Loads a year's official holidays and make-up workdays (weekend days worked) for China's support calendar, replacing what was loaded before; it wins over the chinese-days package for that year. Every date must be in that year and in no more than one list; 1 to 60 holidays, up to 20 workdays. New cases count on it within a minute.",
  responses: { 200: { description: "The schedule now in force", body: LoadedHolidaySchedule } },
  example: {
    body: { holidays: [{ date: "2027-01-01", name: "元旦" }], workdays: [{ date: "2027-02-06" }] },
  },
} as const satisfies RouteDefinition;
