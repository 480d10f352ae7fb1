import { BENCH_CASE, type BenchUser } from "./api-client";

export interface Throughput {
  concurrency: number;
  requests: number;
  errors: number;
  /** Status codes (or "network") of the failed requests, with counts. */
  failures: Record<string, number>;
  seconds: number;
  perSecond: number;
}

/** `requests` case intakes by `concurrency` workers, each opening one case after the other. */
export async function measureIntakeThroughput(options: {
  customers: BenchUser[];
  concurrency: number;
  requests: number;
}): Promise<Throughput> {
  const { customers, concurrency, requests } = options;
  let next = 0;
  let errors = 0;
  const failures: Record<string, number> = {};
  const worker = async (w: number) => {
    const customer = customers[w % customers.length];
    if (!customer) throw new Error("no bench customers");
    while (next < requests) {
      next++;
      const status = await customer.api.POST("/cases", { body: BENCH_CASE }).then(
        (answer) => String(answer.response.status),
        () => "network",
      );
      if (status !== "201") {
        errors++;
        failures[status] = (failures[status] ?? 0) + 1;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - start) / 1000;
  return { concurrency, requests, errors, failures, seconds, perSecond: (requests - errors) / seconds };
}
