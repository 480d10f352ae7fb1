import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUPPORT_TIME_ZONES } from "#domain/support-regions";
import { assertKnownTimeZone, calendarDay, intlWallClockMs, wallClockMs } from "#domain/zone-clock";

const instant = (from: string, to: string) =>
  fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true });

describe("a zone's wall clock", () => {
  // If a tz database update gave a support zone summer time again, this fails on that Node.
  it.each(Object.values(SUPPORT_TIME_ZONES))("reads %s as Intl does, 1992 to 2100", (zone) => {
    fc.assert(
      fc.property(instant("1992-01-01T00:00:00Z", "2100-12-31T23:59:59Z"), (at) => {
        expect(wallClockMs(zone, at.getTime())).toBe(intlWallClockMs(zone, at.getTime()));
      }),
      { numRuns: 2000 },
    );
  });

  it("asks Intl before a fixed offset began (China's summer time of 1986-1991)", () => {
    const summer1988 = Date.parse("1988-07-01T00:00:00Z");
    expect(wallClockMs("Asia/Shanghai", summer1988) - summer1988).toBe(9 * 3_600_000);
  });

  it("asks Intl for zones with summer time", () => {
    const winter = Date.parse("2026-01-15T12:00:00Z");
    const summer = Date.parse("2026-07-15T12:00:00Z");
    expect(wallClockMs("Europe/Berlin", winter) - winter).toBe(3_600_000);
    expect(wallClockMs("Europe/Berlin", summer) - summer).toBe(2 * 3_600_000);
  });

  it("gives the calendar day as Intl's en-CA date does", () => {
    const zones = fc.constantFrom("Asia/Shanghai", "UTC", "Europe/Berlin", "America/Los_Angeles");
    fc.assert(
      fc.property(instant("1970-01-01T00:00:00Z", "2100-12-31T23:59:59Z"), zones, (at, timeZone) => {
        const intl = new Intl.DateTimeFormat("en-CA", {
          timeZone,
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
        });
        expect(calendarDay(at, timeZone)).toBe(intl.format(at));
      }),
      { numRuns: 2000 },
    );
  });

  it("knows the support zones without Intl and refuses a zone Intl does not know", () => {
    for (const zone of Object.values(SUPPORT_TIME_ZONES))
      expect(() => assertKnownTimeZone(zone)).not.toThrow();
    expect(() => assertKnownTimeZone("Mars/Olympus")).toThrow(RangeError);
  });
});
