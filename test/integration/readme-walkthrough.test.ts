import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpDemo } from "#infra/local/demo";
import { REPOSITORY_ROOT } from "#infra/repository";
import { contract } from "../support/checked-api";
import { type ContractProxy, startContractProxy } from "../support/contract-proxy";
import { type PrivateStack, startPrivateStack } from "../support/private-stack";
import { describeRun, runWalkthrough, walkthroughOf } from "../support/walkthrough";

/**
 * The README's walkthrough, run as written: its ```sh walkthrough blocks in order, with bash,
 * against a fresh stack set up exactly as `npm start` sets it up (demo users, catalog, demo case,
 * `.local/tokens.env`), each curl command answering the status its `# → …` comment says.
 *
 * The working directory is a scratch directory inside `.local/` (ignored by git): it has its own
 * `.local/tokens.env`, so a running `npm start`'s file is left alone, and npm still finds the
 * repository's package.json above it for the `npm run` commands.
 */
const readme = readFileSync(join(REPOSITORY_ROOT, "README.md"), "utf8");
let privateStack: PrivateStack;
let directory: string;
let proxy: ContractProxy;

beforeAll(async () => {
  privateStack = await startPrivateStack();
  mkdirSync(join(REPOSITORY_ROOT, ".local"), { recursive: true });
  directory = mkdtempSync(join(REPOSITORY_ROOT, ".local/walkthrough-"));
  const envFile = join(directory, ".local/tokens.env");
  await setUpDemo(privateStack.stack, envFile, [contract.middleware]);
  // The walkthrough's curl reaches the API through a proxy that checks every answer too.
  proxy = await startContractProxy(privateStack.stack.apiUrl);
  const env = readFileSync(envFile, "utf8");
  writeFileSync(envFile, env.replace(`API=${privateStack.stack.apiUrl}\n`, `API=${proxy.url}\n`));
}, 90_000);

afterAll(async () => {
  await proxy?.close();
  await privateStack?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe("the README walkthrough", () => {
  it("runs as written: every command succeeds and every curl answers the status the README shows, within the contract", async () => {
    const walkthrough = walkthroughOf(readme);
    expect(walkthrough.expected.length).toBeGreaterThanOrEqual(10);

    const run = await runWalkthrough(walkthrough, directory);

    const report = describeRun(walkthrough, run);
    expect(run.exitCode, report).toBe(0);
    expect(
      run.statuses.map((s) => s.status),
      report,
    ).toEqual(walkthrough.expected.map((e) => e.status));
    expect(await proxy.settled()).toEqual({ answers: run.statuses.length, violations: [] });
  }, 60_000);
});
