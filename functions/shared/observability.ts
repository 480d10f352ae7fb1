import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { SERVICE_NAME } from "./metric-names";

/**
 * Structured JSON logs (Powertools): every line carries the Lambda request id and the
 * correlation keys a handler appends (API request id, case number, execution name).
 * Personal data stays out: no bodies, names or addresses (DOMAIN.md section 7).
 */
/** The stage's service name CDK sets (serviceNameFor), or SERVICE_NAME locally. */
export const serviceName = process.env.POWERTOOLS_SERVICE_NAME || SERVICE_NAME;

export const logger = new Logger({ serviceName });

/** What to log of an error: its kind and message, never the request that caused it. */
export function errorSummary(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: "NonError", message: String(error) };
}

/**
 * The middlewares every handler starts with: the Lambda context on each log line (keys reset
 * after each invocation, so one request's keys never reach the next). Traces need none: Lambda's
 * active tracing records the invocation, aws-call-traces.ts the AWS calls in it.
 */
export function observedInvocations() {
  return [injectLambdaContext(logger, { resetKeys: true })];
}
