import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { keys, withoutKeys } from "./keys";
import { queryAllByPrefix } from "./queries";

const ScheduleDay = z.object({ date: z.string(), name: z.optional(z.string()) });

/** A year's official holiday schedule an operator loaded for a region (domain: holiday-schedule.ts). */
export const HolidayScheduleRecord = z.object({
  region: z.string(),
  year: z.number(),
  holidays: z.array(ScheduleDay),
  workdays: z.array(ScheduleDay),
  loadedAt: z.string(),
  loadedBy: z.string(),
});
export type HolidayScheduleRecord = z.infer<typeof HolidayScheduleRecord>;

/** One item per region and year, in the region's own partition: all its years are one Query. */
export function calendarRepository(db: DynamoDBDocumentClient, tableName: string) {
  return {
    /** Loading a year again replaces it whole (PUT semantics: the same request twice, the same state). */
    async put(record: HolidayScheduleRecord): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.holidaySchedule(record.region, record.year), ...record },
        }),
      );
    },

    async load(region: string, year: number): Promise<HolidayScheduleRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.holidaySchedule(region, year) }),
      );
      return Item ? HolidayScheduleRecord.parse(withoutKeys(Item)) : undefined;
    },

    /** Every year loaded for the region, oldest first. */
    async loadAll(region: string): Promise<HolidayScheduleRecord[]> {
      const items = await queryAllByPrefix(db, tableName, keys.holidaySchedulesOf(region));
      return items.map((item) => HolidayScheduleRecord.parse(withoutKeys(item)));
    },
  };
}

export type CalendarRepository = ReturnType<typeof calendarRepository>;
