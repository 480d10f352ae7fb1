import type { IncomingMessage, ServerResponse } from "node:http";
import { pageSecurityHeaders } from "../../../web/serving";

/** Where the executions console (web/console) calls the Step Functions API, on the gateway's origin. */
export const CONSOLE_SFN_PATH = "/console/sfn";

/**
 * What the console may ask: the reads the AWS console makes for an execution's page, and
 * StopExecution for its Stop button. Nothing else of the endpoint (StartExecution, test hooks).
 */
export const CONSOLE_OPERATIONS = new Set([
  "ListStateMachines",
  "DescribeStateMachineForExecution",
  "ListExecutions",
  "DescribeExecution",
  "GetExecutionHistory",
  "StopExecution",
]);

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Passes one JSON 1.0 call through to the local Step Functions endpoint as it is (the browser
 * cannot sign SigV4, and the endpoint is another origin). The custom X-Amz-Target header makes
 * any cross-site call a CORS preflight, which the gateway never grants, so another site cannot
 * stop executions through a local browser.
 */
export async function proxyConsoleCall(
  request: IncomingMessage,
  response: ServerResponse,
  stepFunctionsEndpoint: string,
): Promise<void> {
  const target = request.headers["x-amz-target"];
  const operation = typeof target === "string" ? /^AWSStepFunctions\.(\w+)$/.exec(target)?.[1] : undefined;
  if (request.method !== "POST" || !operation || !CONSOLE_OPERATIONS.has(operation)) {
    return answer(response, 403, {
      __type: "AccessDeniedException",
      message: `The executions console may call ${[...CONSOLE_OPERATIONS].join(", ")} (POST, X-Amz-Target: AWSStepFunctions.<operation>).`,
    });
  }
  const body = await readSmallBody(request);
  if (body === undefined)
    return answer(response, 413, { __type: "ValidationException", message: "Too large" });
  const upstream = await fetch(stepFunctionsEndpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.0",
      "x-amz-target": `AWSStepFunctions.${operation}`,
    },
    body,
  });
  response.writeHead(upstream.status, {
    "content-type": upstream.headers.get("content-type") ?? "application/x-amz-json-1.0",
    "cache-control": "no-store",
    ...pageSecurityHeaders(),
  });
  response.end(await upstream.text());
}

async function readSmallBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function answer(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { "content-type": "application/x-amz-json-1.0", ...pageSecurityHeaders() });
  response.end(JSON.stringify(body));
}
