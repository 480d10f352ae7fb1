import { packageChinaSchedule } from "#domain/china-calendar";
import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { getHolidayScheduleRoute } from "../routes/get-holiday-schedule";
import { calendars } from "./calendar-store";
import { HOLIDAY_REGION, scheduleView } from "./schedule-view";

/** The schedule in force for a year: the one an operator loaded, else the chinese-days package's. */
export const handler = apiHandler(getHolidayScheduleRoute, async ({ path: { year } }) => {
  const record = await calendars.load(HOLIDAY_REGION, year);
  if (record) return { status: 200, body: scheduleView(record, { loaded: record }) };
  const published = packageChinaSchedule(year);
  if (published) return { status: 200, body: scheduleView(published, "chinese-days") };
  throw problems.notFound(
    `No official holiday schedule for ${year} is loaded, so weekdays count as workdays; load it with PUT /admin/calendars/${HOLIDAY_REGION}/${year}.`,
  );
});
