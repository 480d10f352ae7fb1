import { type Answer, BENCH_CASE, type BenchUser, onCase, openCase } from "./api-client";
import type { Consumption, consumedCapacityMeter } from "./consumed-capacity";

export interface OperationCapacity {
  operation: string;
  status: number;
  /** Second call of the route (handler warm); the first call's figures when they differ. */
  warm: Consumption;
  cold?: Consumption;
}

interface Operation {
  operation: string;
  /** Unmeasured set-up (a fresh case for a state-changing request); its result goes to `request`. */
  prepare?: () => Promise<string>;
  request: (prepared: string) => Promise<Answer>;
}

const same = (a: Consumption, b: Consumption) =>
  a.readUnits === b.readUnits && a.writeUnits === b.writeUnits && a.calls.join() === b.calls.join();

/**
 * What each API operation consumes, one request at a time (nothing else runs meanwhile, so each
 * DynamoDB call in the window belongs to that request). Every operation runs twice: the first
 * call loads the handler; the second is the steady state. The agent's reply runs last: it starts
 * follow-up executions whose later writes must not fall into another operation's window.
 */
export async function measureCapacity(options: {
  meter: ReturnType<typeof consumedCapacityMeter>;
  customer: BenchUser;
  agent: BenchUser;
}): Promise<OperationCapacity[]> {
  const { customer, agent, meter } = options;
  const caseNumber = await openCase(customer);
  const freshCase = () => openCase(customer);
  const theCase = onCase(caseNumber);
  const operations: Operation[] = [
    { operation: "POST /cases", request: () => customer.api.POST("/cases", { body: BENCH_CASE }) },
    { operation: "GET /cases/{n}", request: () => customer.api.GET("/cases/{number}", theCase) },
    { operation: "GET /cases", request: () => customer.api.GET("/cases") },
    {
      operation: "GET /cases/{n}/events",
      request: () => customer.api.GET("/cases/{number}/events", theCase),
    },
    {
      operation: "POST /cases/{n}/notes",
      request: () =>
        customer.api.POST("/cases/{number}/notes", { ...theCase, body: { message: "Log file attached." } }),
    },
    {
      operation: "POST /cases/{n}/agent-actions (internal note)",
      request: () =>
        agent.api.POST("/cases/{number}/agent-actions", {
          ...theCase,
          body: { action: "internal-note", message: "Asked for logs." },
        }),
    },
    { operation: "GET /queue", request: () => agent.api.GET("/queue") },
    {
      operation: "POST /cases/{n}/withdraw",
      prepare: freshCase,
      request: (n) => customer.api.POST("/cases/{number}/withdraw", onCase(n)),
    },
    {
      operation: "GET /support/options?serial=",
      request: () =>
        customer.api.GET("/support/options", { params: { query: { serial: BENCH_CASE.serial } } }),
    },
    { operation: "GET /products", request: () => customer.api.GET("/products") },
    {
      operation: "POST /feedback",
      request: () =>
        customer.api.POST("/feedback", { body: { kind: "thanks", about: "support", text: "Quick help." } }),
    },
    {
      operation: "GET /cases/{n}/attachments",
      request: () => customer.api.GET("/cases/{number}/attachments", theCase),
    },
    {
      operation: "POST /cases/{n}/replies",
      prepare: freshCase,
      request: (n) =>
        agent.api.POST("/cases/{number}/replies", {
          ...onCase(n),
          body: { message: "Please update to build 4711." },
        }),
    },
  ];
  const results: OperationCapacity[] = [];
  for (const { operation, prepare, request } of operations) {
    const runs: [Answer, Consumption][] = [];
    for (let run = 0; run < 2; run++) {
      const prepared = prepare ? await prepare() : "";
      runs.push(await meter.measure(() => request(prepared)));
    }
    const [cold, warm] = runs;
    if (!cold || !warm) continue;
    results.push({
      operation,
      status: warm[0].response.status,
      warm: warm[1],
      ...(same(cold[1], warm[1]) ? {} : { cold: cold[1] }),
    });
  }
  return results;
}
