import { randomBytes } from "node:crypto";
import { createSocket, type Socket } from "node:dgram";
import type {
  HandlerExecutionContext,
  InitializeHandler,
  MetadataBearer,
  MiddlewareStack,
} from "@smithy/types";

/**
 * X-Ray subsegments for the functions' AWS calls, at a fraction of the X-Ray SDK's cost (which
 * the Powertools tracer brings: ~115 KB and ~13 ms of every cold start). Lambda's active tracing
 * already records each invocation and passes its trace header to the SDK, which forwards it to
 * the services it calls; this adds, per call, what the X-Ray console shows under the function:
 * service, operation, duration, request id, status, throttling and faults.
 *
 * Sent as UDP datagrams to the X-Ray daemon Lambda runs beside the function, fire and forget:
 * a lost datagram loses a subsegment, never a request. Nothing is sent unless the invocation is
 * sampled (outside Lambda there is no trace header, so nothing at all).
 */

const HEADER = '{"format":"json","version":1}\n';

interface TraceContext {
  root: string;
  parent: string;
}

/** Root and parent of the current invocation's segment, when it is sampled. */
export function sampledTrace(header = process.env._X_AMZN_TRACE_ID): TraceContext | undefined {
  if (!header) return undefined;
  const fields = new Map(header.split(";").map((part) => part.split("=", 2) as [string, string]));
  const root = fields.get("Root");
  const parent = fields.get("Parent");
  return root && parent && fields.get("Sampled") === "1" ? { root, parent } : undefined;
}

/** The daemon's UDP address: AWS_XRAY_DAEMON_ADDRESS is "host:port" or "tcp:host:port udp:host:port". */
export function daemonAddress(setting = process.env.AWS_XRAY_DAEMON_ADDRESS ?? "127.0.0.1:2000") {
  const udp = setting.split(/\s+/).find((part) => part.startsWith("udp:")) ?? setting;
  const [host, port] = udp.replace(/^udp:/, "").split(":");
  return { host: host || "127.0.0.1", port: Number(port) || 2000 };
}

let socket: Socket | undefined;

function send(document: object) {
  if (!socket) {
    socket = createSocket("udp4");
    // The socket must never keep a finished invocation (or a test run) alive.
    socket.unref();
  }
  const { host, port } = daemonAddress();
  socket.send(HEADER + JSON.stringify(document), port, host, () => {});
}

export interface CallMetadata {
  httpStatusCode?: number;
  requestId?: string;
  attempts?: number;
}

const THROTTLING = /Throttl|ProvisionedThroughputExceeded|TooManyRequests|RequestLimitExceeded/;

/** X-Ray's outcome flags: throttling and other 4xx are errors (the caller's), 5xx and no answer faults. */
function outcome(status: number | undefined, failure: { name: string } | undefined) {
  if (!failure) return {};
  if (status === 429 || THROTTLING.test(failure.name)) return { error: true, throttle: true };
  if (status !== undefined && status >= 400 && status < 500) return { error: true };
  return { fault: true };
}

/** The subsegment of one AWS call (all its attempts), as the X-Ray SDK names its fields. */
export function callSubsegment(
  trace: TraceContext,
  call: { service: string; operation: string; startedAt: number; endedAt: number },
  metadata: CallMetadata | undefined,
  failure?: { name: string; message: string },
) {
  return {
    type: "subsegment",
    namespace: "aws",
    id: randomBytes(8).toString("hex"),
    trace_id: trace.root,
    parent_id: trace.parent,
    name: call.service,
    start_time: call.startedAt / 1000,
    end_time: call.endedAt / 1000,
    aws: {
      operation: call.operation,
      ...(metadata?.requestId ? { request_id: metadata.requestId } : {}),
      ...(metadata?.attempts && metadata.attempts > 1 ? { retries: metadata.attempts - 1 } : {}),
    },
    ...(metadata?.httpStatusCode ? { http: { response: { status: metadata.httpStatusCode } } } : {}),
    ...outcome(metadata?.httpStatusCode, failure),
    ...(failure ? { cause: { exceptions: [{ type: failure.name, message: failure.message }] } } : {}),
  };
}

/**
 * Runs one AWS call, sending its subsegment when the invocation is sampled; `metadataOf` reads
 * the status and request id from the answer (a failure carries them as the SDK's do).
 */
export async function tracedCall<T>(
  service: string,
  operation: string,
  run: () => Promise<T>,
  metadataOf: (result: T) => CallMetadata | undefined,
): Promise<T> {
  const trace = sampledTrace();
  if (!trace) return run();
  const startedAt = Date.now();
  try {
    const result = await run();
    send(callSubsegment(trace, { service, operation, startedAt, endedAt: Date.now() }, metadataOf(result)));
    return result;
  } catch (error) {
    const failed = error as Error & { $metadata?: CallMetadata };
    send(
      callSubsegment(trace, { service, operation, startedAt, endedAt: Date.now() }, failed.$metadata, failed),
    );
    throw error;
  }
}

/** Adds a subsegment per call of this client (once per call, around its retries). */
export function tracedClient<C extends { middlewareStack: MiddlewareStack<object, MetadataBearer> }>(
  client: C,
): C {
  client.middlewareStack.add(
    (next: InitializeHandler<object, MetadataBearer>, context: HandlerExecutionContext) => (args) =>
      tracedCall(
        String(context.clientName ?? "AWS").replace(/Client$/, ""),
        String(context.commandName ?? "").replace(/Command$/, ""),
        () => next(args),
        (result) => result.output?.$metadata,
      ),
    { step: "initialize", name: "awsCallTraces" },
  );
  return client;
}
