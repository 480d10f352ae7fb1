import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ContractTally, GATEWAY } from "#client/contract";

/**
 * The contract check's count over a whole vitest run. Test files run in worker processes of
 * their own, so each file writes its tally to a file in the run's directory (made by the global
 * setup) after its last test, and the global teardown sums them.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the test files leave their contract tallies. */
    contractRunDir: string;
  }
}

const takers: (() => ContractTally)[] = [];

/** A contract check of this test file whose tally goes into the run's. */
export function countInRun(take: () => ContractTally): void {
  takers.push(take);
}

/** This file's tallies (since the last save), written for the teardown. */
export function saveTallies(dir: string): void {
  const tallies = takers.map((take) => take());
  if (tallies.every((t) => Object.keys(t.responses).length === 0 && t.violations.length === 0)) return;
  writeFileSync(join(dir, `${process.pid}-${randomUUID()}.json`), JSON.stringify(tallies));
}

export function startContractRun(operationIds: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), "contract-run-"));
  return {
    dir,
    /** The run's sum, as one line (and the violations, if any); the directory goes. */
    finish(): string {
      const total: ContractTally = { responses: {}, violations: [] };
      for (const file of readdirSync(dir)) {
        for (const tally of JSON.parse(readFileSync(join(dir, file), "utf8")) as ContractTally[]) {
          for (const [id, count] of Object.entries(tally.responses)) {
            total.responses[id] = (total.responses[id] ?? 0) + count;
          }
          total.violations.push(...tally.violations);
        }
      }
      rmSync(dir, { recursive: true, force: true });
      return summary(total, operationIds);
    },
  };
}

export function summary(total: ContractTally, operationIds: readonly string[]): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const responses = Object.values(total.responses).reduce((sum, n) => sum + n, 0);
  const missing = operationIds.filter((id) => !total.responses[id]);
  const gateway = total.responses[GATEWAY] ?? 0;
  const lines = [
    `contract: ${count(responses)} responses validated against openapi.json` +
      (gateway > 0 ? ` (${count(gateway)} of them the gateway's own refusals)` : "") +
      `, ${operationIds.length - missing.length}/${operationIds.length} operations covered` +
      (missing.length > 0 && missing.length <= 10 ? ` (not: ${missing.join(", ")})` : ""),
  ];
  if (total.violations.length > 0) {
    lines.push(
      `contract: ${total.violations.length} violation(s):`,
      ...total.violations.map((v) => `  ${v}`),
    );
  }
  return lines.join("\n");
}
