import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BUSINESS_METRICS } from "#shared/metric-names";

/** The embedded-metric lines a call writes to stdout. */
function emfLinesOf(call: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  call();
  write.mockRestore();
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => "_aws" in l);
}

describe("business metrics", () => {
  // The test run silences metrics for the in-process handlers; these tests look at the lines.
  beforeEach(() => vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "false"));
  afterEach(() => vi.unstubAllEnvs());

  it("counts a first-response breach as an embedded metric: a total and by plan", async () => {
    vi.resetModules();
    const { countBusinessEvent } = await import("#shared/metrics");
    const [emf] = emfLinesOf(() => countBusinessEvent("firstResponseBreaches", { plan: "trial" }));
    expect(emf).toMatchObject({ FirstResponseBreaches: 1, plan: "trial", service: "support-center" });
    expect(JSON.stringify(emf)).toContain('"Namespace":"SupportCenter"');
    // The total (service alone, for alarms) and the breakdown, in one line.
    expect(JSON.stringify(emf)).toContain('"Dimensions":[["service"],["service","plan"]]');
  });

  it("keeps no dimension of one count for the next", async () => {
    vi.resetModules();
    const { countBusinessEvent } = await import("#shared/metrics");
    const lines = emfLinesOf(() => {
      countBusinessEvent("casesOpened", { plan: "trial", severity: "A", channel: "web" });
      countBusinessEvent("firstResponseBreaches", { plan: "free" });
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ FirstResponseBreaches: 1, plan: "free" });
    expect(lines[1]).not.toHaveProperty("severity");
    expect(lines[1]).not.toHaveProperty("CasesOpened");
    expect(JSON.stringify(lines[1])).toContain('"Dimensions":[["service"],["service","plan"]]');
  });

  it.each(Object.entries(BUSINESS_METRICS))(
    "publishes %s with its breakdown dimensions",
    async (key, metric) => {
      vi.resetModules();
      const { countBusinessEvent } = await import("#shared/metrics");
      const breakdown = Object.fromEntries(metric.breakdown.map((name) => [name, `${name}-value`]));
      const [emf] = emfLinesOf(() =>
        countBusinessEvent(key as keyof typeof BUSINESS_METRICS, breakdown as never),
      );
      expect(emf).toMatchObject({ [metric.name]: 1, ...breakdown });
      const dimensions = JSON.stringify(
        (emf!._aws as { CloudWatchMetrics: { Dimensions: string[][] }[] }).CloudWatchMetrics[0]?.Dimensions,
      );
      const expected =
        metric.breakdown.length > 0 ? [["service"], ["service", ...metric.breakdown]] : [["service"]];
      expect(dimensions).toBe(JSON.stringify(expected));
    },
  );
});
