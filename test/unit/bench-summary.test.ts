import { describe, expect, it } from "vitest";
import type { Bundle } from "../../bench/bundles";
import { handlerSeries, type LatencySeries, RAW_CASE_AND_EVENT } from "../../bench/latency";
import { summaryLine } from "../../bench/report";

const bundle = (bytes: number) => ({ bytes }) as Bundle;
const fn = (bytes: number, initMs: number, error?: string) => ({
  bundle: bundle(bytes),
  cold: { medianMs: initMs, runs: [initMs], ...(error ? { error } : {}) },
});

const baseline = { bundle: bundle(100), cold: { medianMs: 10, runs: [10] } };
/** The line for one function at the baseline's size and init, and these latency series. */
const lineFor = (latency: LatencySeries[]) => summaryLine({ baseline, functions: [fn(100, 10)], latency });

describe("the bench's summary line", () => {
  it("gives the worst and median bundle and init ratios and the two latency ratios", () => {
    const line = summaryLine({
      baseline,
      functions: [fn(110, 12), fn(200, 30), fn(150, 11), fn(120, 0, "failed to start")],
      latency: [
        { name: "GET /cases/{n}", samples: [3, 4, 5], errors: 0 },
        { name: "GetItem", samples: [2, 2, 2], errors: 0 },
        { name: "POST /cases", samples: [9], errors: 0 },
        { name: "TransactWriteItems", samples: [4], errors: 0 },
      ],
    });
    // Median of four sizes by nearest rank is the second: 1.20×; the failed init is left out.
    expect(line).toBe(
      "**Summary**: bundle worst 2.00×, median 1.20×; cold init worst 3.00×, median 1.20× (to the baseline); `GET /cases/{n}` p50 2.00× raw GetItem; `POST /cases` p50 2.25× raw TransactWriteItems.",
    );
  });

  it("also gives the GET handler's own ratio, when the gateway reported it", () => {
    const line = lineFor([
      { name: "GET /cases/{n}", samples: [4], errors: 0 },
      { name: handlerSeries("GET /cases/{n}"), samples: [2.2], errors: 0 },
      { name: "GetItem", samples: [2], errors: 0 },
    ]);
    expect(line).toContain("`GET /cases/{n}` p50 2.00× raw GetItem (its handler 1.10×);");
  });

  it("also gives POST /cases' ratio to the transaction without the counter, when it was measured", () => {
    const line = lineFor([
      { name: "POST /cases", samples: [9], errors: 0 },
      { name: "TransactWriteItems", samples: [4.5], errors: 0 },
      { name: RAW_CASE_AND_EVENT, samples: [3], errors: 0 },
    ]);
    expect(line).toContain("`POST /cases` p50 2.00× raw TransactWriteItems (3.00× without the counter).");
  });
});
