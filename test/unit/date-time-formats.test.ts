import { describe, expect, it } from "vitest";
import { dateTimeFormat } from "#domain/date-time-formats";

describe("date-time formats", () => {
  it("makes one format per locale and options, and formats as Intl does", () => {
    const options = { timeZone: "Asia/Shanghai", dateStyle: "long" } as const;
    const format = dateTimeFormat("en-GB", options);
    expect(dateTimeFormat("en-GB", { ...options })).toBe(format);
    expect(dateTimeFormat("zh-CN", options)).not.toBe(format);
    expect(dateTimeFormat("en-GB", { ...options, timeZone: "UTC" })).not.toBe(format);
    const instant = new Date("2026-12-31T17:00:00Z");
    expect(format.format(instant)).toBe(new Intl.DateTimeFormat("en-GB", options).format(instant));
  });

  it("refuses a time zone Intl does not know, every time", () => {
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
