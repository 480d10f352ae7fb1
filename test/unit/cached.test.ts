import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedFor } from "#shared/cached";

describe("a value cached per function instance", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-31T04:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("is loaded once for concurrent callers and again once its time is up", async () => {
    let loads = 0;
    const get = cachedFor(60_000, async () => ++loads);

    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    vi.setSystemTime(Date.now() + 59_999);
    expect(await get()).toBe(1);
    vi.setSystemTime(Date.now() + 1);
    expect(await get()).toBe(2);
    vi.setSystemTime(Date.now() - 1); // a clock that goes back does not keep it longer
    expect(await get()).toBe(3);
  });

  it("does not keep a failed load", async () => {
    let calls = 0;
    const get = cachedFor(60_000, async () => {
      calls++;
      if (calls === 1) throw new Error("table unreachable");
      return "loaded";
    });

    await expect(get()).rejects.toThrow("table unreachable");
    expect(await get()).toBe("loaded");
  });
});
