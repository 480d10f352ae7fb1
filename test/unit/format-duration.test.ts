import { describe, expect, it } from "vitest";
import { formatDuration } from "../../web/format";

describe("a countdown's length of time", () => {
  it("shows minutes and seconds under an hour, so a near deadline visibly ticks", () => {
    expect(formatDuration(0, "en")).toBe("0 secs");
    expect(formatDuration(65, "en")).toBe("1 min 5 secs");
    expect(formatDuration(3_599, "zh-CN")).toBe("59分钟59秒");
  });

  it("shows the largest unit and the next from an hour on, and leaves a zero second unit out", () => {
    expect(formatDuration(3_725, "en")).toBe("1 hr 2 mins");
    expect(formatDuration(86_400, "en")).toBe("1 day");
    expect(formatDuration(200_000, "zh-CN")).toBe("2天7小时");
  });
});
