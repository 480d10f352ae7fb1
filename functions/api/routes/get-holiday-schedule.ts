import { HolidayScheduleView } from "../responses/calendars";
import { CalendarYearPath } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const getHolidayScheduleRoute = {
  method: "GET",
  path: "/admin/calendars/cn/{year}",
  groups: STAFF,
  entry: "functions/api/calendars/get-holiday-schedule.ts",
  summary: "The holiday schedule in force for a year: loaded, or the package's; 404 when neither has it",
  params: CalendarYearPath,
  needs: { table: "read" },
  tags: ["calendars"],
  description:
    "The schedule first-response due times are counted on for a year: the one an admin loaded (`source: loaded`), else the chinese-days package's (`source: chinese-days`). 404 when neither knows the year: weekdays then count as workdays.",
  responses: { 200: { description: "The schedule in force", body: HolidayScheduleView } },
  problems: [404],
} as const satisfies RouteDefinition;
