import { afterEach, describe, expect, it, vi } from "vitest";
import { countFirstResponseBreach } from "#shared/metrics";

describe("business metrics", () => {
  afterEach(() => vi.restoreAllMocks());

  it("counts a first-response breach as an embedded metric, by plan", () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });

    countFirstResponseBreach("trial");

    const emf = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((l) => "_aws" in l);
    expect(emf).toMatchObject({ FirstResponseBreaches: 1, plan: "trial" });
    expect(JSON.stringify(emf)).toContain('"Namespace":"SupportCenter"');
    // The total (service alone, for alarms) and the breakdown, in one line.
    expect(JSON.stringify(emf)).toContain('"Dimensions":[["service"],["service","plan"]]');
  });
});
