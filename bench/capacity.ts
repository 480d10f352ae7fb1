import { type Answer, type ApiCall, BENCH_CASE, type BenchUser, openCase } from "./api-client";
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
  call: ApiCall;
  meter: ReturnType<typeof consumedCapacityMeter>;
  customer: BenchUser;
  agent: BenchUser;
}): Promise<OperationCapacity[]> {
  const { call, customer, agent, meter } = options;
  const caseNumber = await openCase(call, customer);
  const freshCase = () => openCase(call, customer);
  const operations: Operation[] = [
    { operation: "POST /cases", request: () => call("POST", "/cases", customer, BENCH_CASE) },
    { operation: "GET /cases/{n}", request: () => call("GET", `/cases/${caseNumber}`, customer) },
    { operation: "GET /cases", request: () => call("GET", "/cases", customer) },
    {
      operation: "GET /cases/{n}/events",
      request: () => call("GET", `/cases/${caseNumber}/events`, customer),
    },
    {
      operation: "POST /cases/{n}/notes",
      request: () => call("POST", `/cases/${caseNumber}/notes`, customer, { message: "Log file attached." }),
    },
    {
      operation: "POST /cases/{n}/agent-actions (internal note)",
      request: () =>
        call("POST", `/cases/${caseNumber}/agent-actions`, agent, {
          action: "internal-note",
          message: "Asked for logs.",
        }),
    },
    { operation: "GET /queue", request: () => call("GET", "/queue", agent) },
    {
      operation: "POST /cases/{n}/withdraw",
      prepare: freshCase,
      request: (n) => call("POST", `/cases/${n}/withdraw`, customer),
    },
    {
      operation: "GET /support/options?serial=",
      request: () => call("GET", `/support/options?serial=${BENCH_CASE.serial}`, customer),
    },
    { operation: "GET /products", request: () => call("GET", "/products", customer) },
    {
      operation: "POST /feedback",
      request: () =>
        call("POST", "/feedback", customer, { kind: "thanks", about: "support", text: "Quick help." }),
    },
    {
      operation: "GET /cases/{n}/attachments",
      request: () => call("GET", `/cases/${caseNumber}/attachments`, customer),
    },
    {
      operation: "POST /cases/{n}/replies",
      prepare: freshCase,
      request: (n) => call("POST", `/cases/${n}/replies`, agent, { message: "Please update to build 4711." }),
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
      status: warm[0].status,
      warm: warm[1],
      ...(same(cold[1], warm[1]) ? {} : { cold: cold[1] }),
    });
  }
  return results;
}
