import * as z from "zod/mini";
import type { LocalLambda } from "./task-handlers";

/**
 * Test hooks of the local endpoint only, around the in-process Lambda functions its tasks invoke
 * (AWS has nothing like them): a fault makes a function fail after `after` more invocations (the
 * fan-out "killed midway"), a hold parks every invocation until released (a send that has not
 * happened yet). Functions are named by their name or ARN.
 */
export interface LambdaFault {
  functionName: string;
  after: number;
  error: string;
  invocations: number;
  failed: number;
}

interface Hold {
  functionName: string;
  waiting: number;
  released: Promise<void>;
  release: () => void;
}

export const LAMBDA_FAULTS_PATH = "/_local/lambda-faults";
export const LAMBDA_HOLDS_PATH = "/_local/lambda-holds";

export const LambdaFaultRequest = z.object({
  functionName: z.string().check(z.minLength(1)),
  after: z.int().check(z.gte(0)),
  error: z.optional(z.string().check(z.regex(/^[\w.]+$/))),
});
export const LambdaHoldRequest = z.object({
  functionName: z.string().check(z.minLength(1)),
  held: z.boolean(),
});

class InjectedFailure extends Error {}

const nameOf = (functionName: string) => functionName.split(":function:").at(-1) ?? functionName;

export class LambdaGates {
  private readonly faults = new Map<string, LambdaFault>();
  private readonly holds = new Map<string, Hold>();

  wrap(functionArn: string, run: LocalLambda): LocalLambda {
    const name = nameOf(functionArn);
    return async (payload) => {
      const hold = this.holds.get(name);
      if (hold) {
        hold.waiting++;
        await hold.released;
        hold.waiting--;
      }
      const fault = this.faults.get(name);
      if (fault && fault.invocations++ >= fault.after) {
        fault.failed++;
        const failure = new InjectedFailure(`Injected failure ${fault.failed} of ${name}`);
        failure.name = fault.error;
        throw failure;
      }
      return run(payload);
    };
  }

  addFault(request: z.infer<typeof LambdaFaultRequest>): LambdaFault {
    const fault = {
      functionName: nameOf(request.functionName),
      after: request.after,
      error: request.error ?? "Sandbox.Timedout",
      invocations: 0,
      failed: 0,
    };
    this.faults.set(fault.functionName, fault);
    return fault;
  }

  clearFaults(): void {
    this.faults.clear();
  }

  setHold(request: z.infer<typeof LambdaHoldRequest>): { functionName: string; waiting: number } {
    const functionName = nameOf(request.functionName);
    const existing = this.holds.get(functionName);
    if (request.held && !existing) {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      this.holds.set(functionName, { functionName, waiting: 0, released, release });
    }
    if (!request.held && existing) {
      this.holds.delete(functionName);
      existing.release();
    }
    return { functionName, waiting: this.holds.get(functionName)?.waiting ?? 0 };
  }

  status() {
    return {
      faults: [...this.faults.values()],
      holds: [...this.holds.values()].map(({ functionName, waiting }) => ({ functionName, waiting })),
    };
  }

  releaseAll(): void {
    for (const hold of this.holds.values()) hold.release();
    this.holds.clear();
  }
}
