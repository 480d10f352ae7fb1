import { scheduleProblems } from "#domain/holiday-schedule";
import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { putHolidayScheduleRoute } from "../routes/put-holiday-schedule";
import { calendars } from "./calendar-store";
import { HOLIDAY_REGION, scheduleView } from "./schedule-view";

/**
 * Loads a year's official holiday schedule into the table, replacing one loaded before; it wins
 * over the chinese-days package for that year. New cases count on it within a minute.
 */
export const handler = apiHandler(putHolidayScheduleRoute, async ({ path: { year }, body }, caller) => {
  const schedule = { year, ...body };
  const found = scheduleProblems(schedule);
  if (found.length > 0) throw problems.validation(found);
  const loaded = { loadedAt: new Date().toISOString(), loadedBy: caller.id };
  await calendars.put({ region: HOLIDAY_REGION, ...schedule, ...loaded });
  return { status: 200, body: scheduleView(schedule, { loaded }) };
});
