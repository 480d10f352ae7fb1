import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { VALID_CASE } from "../support/fixtures";
import { type PrivateStack, type RawAnswer, startPrivateStack } from "../support/private-stack";

/**
 * The edge of China's holiday data (chinese-days ends with 2026) and the schedules admins load
 * over it. Intake takes "now" from the clock, so these requests run on a private stack: its
 * handlers run in this worker, where the test sets the clock (Date only; timers stay real).
 */

const beijing = (local: string) => new Date(`${local}+08:00`);
const NEW_YEAR_2027 = {
  holidays: ["2027-01-01", "2027-01-02", "2027-01-03"].map((date) => ({ date, name: "元旦 New Year's Day" })),
  workdays: [{ date: "2027-02-06", name: "春节 Spring Festival" }],
};
const WARNING = "; no official 2027 holiday calendar loaded: weekends only";

let privateStack: PrivateStack;

beforeAll(async () => {
  // The handlers' metric lines are what the business metric is checked by; warnings stay quiet.
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
  process.env.POWERTOOLS_LOG_LEVEL = "ERROR";
  privateStack = await startPrivateStack({ streamConsumer: false });
}, 120_000);

afterAll(async () => {
  await privateStack?.stop();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Sets this worker's clock, and with it the handlers' (Date only: timers stay real). */
function setClock(at: Date) {
  vi.useFakeTimers({ toFake: ["Date"], now: at });
}

/** Opens a case at `at`, with the embedded-metric lines its handler wrote. */
async function openCaseAt(at: Date) {
  setClock(at);
  const customer = await privateStack.newUser(["customer"]);
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  let opened: RawAnswer;
  try {
    opened = await privateStack.api("POST", "/cases", { user: customer, json: VALID_CASE });
  } finally {
    write.mockRestore();
  }
  expect(opened.status, opened.text).toBe(201);
  const metrics = lines.flatMap((line) => line.split("\n")).filter((line) => line.includes('"_aws"'));
  return { body: opened.json as Record<string, unknown>, metrics: metrics.map((l) => JSON.parse(l)) };
}

function fieldsOf(answer: RawAnswer): string[] {
  expect(answer.status, answer.text).toBe(400);
  expect(answer.contentType).toBe("application/problem+json");
  return ((answer.json as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
}

describe("first-response targets at the edge of the holiday data", () => {
  it("warn on the case and count it before 2027 is loaded, and count on the loaded schedule after", async () => {
    // Prepare: 31 December 2026, and nothing loaded for 2027 (tokens are signed at this time too).
    setClock(beijing("2026-12-31T11:58:00"));
    const admin = await privateStack.newUser(["admin"]);
    expect((await privateStack.api("GET", "/admin/calendars/cn/2027", { user: admin })).status).toBe(404);

    // Act: a case on 31 December, before the 2027 schedule is loaded.
    const before = await openCaseAt(beijing("2026-12-31T11:58:00"));

    // Assess: due on New Year's Day as plain weeks count it, and the case says so.
    expect(before.body.firstResponseDueAt).toBe(beijing("2027-01-01T11:58:00").toISOString());
    expect(String(before.body.firstResponseRule).endsWith(WARNING)).toBe(true);
    expect(before.metrics).toContainEqual(
      expect.objectContaining({ DueTimesWithoutHolidaySchedule: 1, calendar: "cn", year: "2027" }),
    );

    // Act: an admin loads 2027.
    const loaded = await privateStack.api("PUT", "/admin/calendars/cn/2027", {
      user: admin,
      json: NEW_YEAR_2027,
    });
    expect(loaded.status, loaded.text).toBe(200);
    expect(loaded.json).toMatchObject({ year: 2027, source: "loaded", loadedBy: admin.id, ...NEW_YEAR_2027 });

    // Intake reads loaded years at most once a minute: two minutes later, at noon.
    const after = await openCaseAt(beijing("2026-12-31T12:00:00"));

    expect(after.body.firstResponseDueAt).toBe(beijing("2027-01-04T12:00:00").toISOString());
    expect(after.body.firstResponseRule).not.toContain("holiday calendar");
    expect(after.metrics.filter((m) => "DueTimesWithoutHolidaySchedule" in m)).toEqual([]);
  });
});

describe("loading a year's holiday schedule", () => {
  it("replaces the year on every PUT, and reads back what is in force, loaded or the package's", async () => {
    const admin = await privateStack.newUser(["admin"]);
    const path = "/admin/calendars/cn/2028";
    const draft = {
      holidays: [{ date: "2028-01-03" }, { date: "2028-01-01" }],
      workdays: [{ date: "2028-01-08" }],
    };
    const corrected = { holidays: [{ date: "2028-01-01", name: "元旦" }], workdays: [] };

    expect((await privateStack.api("PUT", path, { user: admin, json: draft })).status).toBe(200);
    const shown = await privateStack.api("GET", path, { user: admin });
    expect(shown.json).toMatchObject({
      holidays: [{ date: "2028-01-01" }, { date: "2028-01-03" }], // in date order
      workdays: draft.workdays,
    });
    for (let i = 0; i < 2; i++) {
      const put = await privateStack.api("PUT", path, { user: admin, json: corrected });
      expect(put.status).toBe(200);
    }
    const read = await privateStack.api("GET", path, { user: admin });
    expect(read.json).toMatchObject({ region: "cn", year: 2028, source: "loaded", loadedBy: admin.id });
    expect(read.json).toMatchObject(corrected); // the draft's days are gone, nothing merged

    const published = await privateStack.api("GET", "/admin/calendars/cn/2026", { user: admin });
    expect(published.json).toMatchObject({ year: 2026, source: "chinese-days" });
    expect((published.json as { holidays: unknown[] }).holidays).toContainEqual({
      date: "2026-10-01",
      name: "National Day / 国庆节",
    });
  });

  it("refuses bad schedules with 400 problem+json naming each field, and writes nothing", async () => {
    const admin = await privateStack.newUser(["admin"]);
    const put = (path: string, json: unknown) => privateStack.api("PUT", path, { user: admin, json });

    // No such date: the request schema's refusal, before the schedule's own rules.
    const impossible = await put("/admin/calendars/cn/2029", {
      holidays: [{ date: "2029-02-30" }],
      workdays: [],
    });
    expect(fieldsOf(impossible)).toEqual(["holidays.0.date"]);
    const wrong = await put("/admin/calendars/cn/2029", {
      holidays: [{ date: "2029-05-01" }, { date: "2030-01-01" }],
      workdays: [{ date: "2029-05-01" }, { date: "2029-05-02" }],
    });
    expect(fieldsOf(wrong)).toEqual(["holidays.1.date", "workdays.0.date", "workdays.1.date"]);
    expect(fieldsOf(await put("/admin/calendars/cn/29", NEW_YEAR_2027))).toEqual(["path.year"]);
    expect(fieldsOf(await put("/admin/calendars/cn/2029", { holidays: [], workdays: [], extra: 1 }))).toEqual(
      expect.arrayContaining(["holidays", "(body)"]),
    );
    const tooMany = Array.from({ length: 61 }, (_, i) => ({
      date: `2029-03-${String((i % 28) + 1).padStart(2, "0")}`,
    }));
    expect(fieldsOf(await put("/admin/calendars/cn/2029", { holidays: tooMany, workdays: [] }))).toEqual([
      "holidays",
    ]);
    expect((await privateStack.api("GET", "/admin/calendars/cn/2029", { user: admin })).status).toBe(404);
  });

  it("is for admins; agents may read", async () => {
    const [agent, customer] = await Promise.all([
      privateStack.newUser(["agent"]),
      privateStack.newUser(["customer"]),
    ]);
    const path = "/admin/calendars/cn/2026";

    expect((await privateStack.api("PUT", path, { user: agent, json: NEW_YEAR_2027 })).status).toBe(403);
    expect((await privateStack.api("GET", path, { user: agent })).status).toBe(200);
    expect((await privateStack.api("GET", path, { user: customer })).status).toBe(403);
  });
});
