import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { METRICS_NAMESPACE, SERVICE_NAME } from "#shared/metric-names";
import { median } from "./stats";

/**
 * What a function's environment holds in AWS (names from the CDK constructs and the local stack),
 * with values that only have to pass the handlers' configuration checks: nothing is called at import.
 */
const LAMBDA_ENVIRONMENT: Record<string, string> = {
  AWS_REGION: "eu-west-1",
  AWS_ACCESS_KEY_ID: "bench",
  AWS_SECRET_ACCESS_KEY: "bench",
  AWS_LAMBDA_FUNCTION_NAME: "bench",
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "512",
  AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
  NODE_OPTIONS: "--enable-source-maps",
  TABLE_NAME: "support-center",
  USER_POOL_ID: "eu-west-1_bench",
  USER_POOL_CLIENT_ID: "bench-client",
  FILES_BUCKET: "support-center-files",
  STATE_MACHINE_ARN: "arn:aws:states:eu-west-1:000000000000:stateMachine:case-follow-up",
  VENDOR_NAME: "Acme Backup",
  SUPPORT_REGION: "cn",
  REPLY_ADDRESS_SECRET: "bench-reply-address-secret",
  REPLY_DOMAIN: "reply.support-center.example",
  NOTICES_STATE_MACHINE_ARN: "arn:aws:states:eu-west-1:000000000000:stateMachine:release-notices",
  SENDER_ADDRESS: "support@support-center.example",
  CONFIGURATION_SET_NAME: "support-center",
  PORTAL_URL: "https://support.example.com/portal/",
  NOTICE_TOKEN_SECRET: "bench-notice-token-secret-0123456789",
  POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
  POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
  POWERTOOLS_LOG_LEVEL: "INFO",
};

const MARKER = "bench-import-ms=";
const CHILD = `
const start = performance.now();
await import(process.argv[1]);
process.stdout.write("\\n${MARKER}" + (performance.now() - start) + "\\n");
`;

export interface ColdStart {
  medianMs: number;
  runs: number[];
  error?: string;
}

/** Imports the module once in a fresh Node process; the time is measured inside the child. */
function importOnce(file: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD, pathToFileURL(file).href], {
      env: { PATH: process.env.PATH ?? "", ...LAMBDA_ENVIRONMENT },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => {
      const value = Number(new RegExp(`^${MARKER}(.+)$`, "m").exec(out)?.[1] ?? Number.NaN);
      if (code === 0 && Number.isFinite(value)) done(value);
      else
        fail(
          new Error(
            err
              .trim()
              .split("\n")
              .find((l) => /Error/.test(l)) ?? `exit code ${code}`,
          ),
        );
    });
  });
}

/**
 * Cold initialisation of each module: `runs` fresh processes each, taken round-robin over the
 * modules so that a noisy moment spreads over all of them; the median per module.
 */
export async function coldStarts(files: string[], runs: number): Promise<ColdStart[]> {
  const results: ColdStart[] = files.map(() => ({ medianMs: Number.NaN, runs: [] }));
  for (let run = 0; run < runs; run++) {
    for (const [i, file] of files.entries()) {
      const result = results[i];
      if (!result || result.error) continue;
      try {
        result.runs.push(await importOnce(file));
      } catch (error) {
        result.error = error instanceof Error ? error.message : String(error);
      }
    }
  }
  for (const result of results) result.medianMs = median(result.runs);
  return results;
}
