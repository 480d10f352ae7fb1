import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import * as z from "zod/mini";
import { LOCAL_AWS } from "../aws";
import { CONTENT_TYPE, handleApiCall, type StateMachines, stateMachines } from "./api";
import { loadDefinition, retrySpecs, waitTimeOverrides } from "./definition";
import { ExecutionRegistry, type StartFault } from "./executions";
import {
  LAMBDA_FAULTS_PATH,
  LAMBDA_HOLDS_PATH,
  LambdaFaultRequest,
  LambdaGates,
  LambdaHoldRequest,
} from "./lambda-gates";
import { executionsPage } from "./pages";
import { type LocalLambda, type ServiceClients, taskInvokers } from "./task-handlers";

/** A further state machine of the endpoint (the first is the follow-up's, in the top-level options). */
export interface LocalStateMachineOptions {
  definitionFile: string;
  stateMachineName: string;
  substitutions: Record<string, string>;
}

export interface LocalStepFunctionsOptions {
  /** 0 picks a free port; `endpoint` tells which. */
  port: number;
  definitionFile: string;
  stateMachineName: string;
  /** Filled into `${Key}` placeholders, like CDK's `definitionSubstitutions`. */
  substitutions: Record<string, string>;
  /** How long one day of a `Wait` state lasts locally, in seconds (fractions allowed). */
  followUpDaySeconds: number;
  /** Scales every retry pause (default 1: no change); backoff, MaxDelaySeconds and jitter still apply. */
  retryIntervalScale?: number;
  dynamodbEndpoint: string;
  sesEndpoint: string;
  /** More state machines on the same endpoint, as one account has many. */
  moreStateMachines?: LocalStateMachineOptions[];
  /** Functions that `lambda:invoke` tasks call, run in this process, by ARN. */
  lambdas?: Record<string, LocalLambda>;
  log?: (line: string) => void;
}

export interface LocalStepFunctions {
  endpoint: string;
  stateMachineArn: string;
  /** Every state machine's ARN, by name. */
  stateMachineArns: Record<string, string>;
  /**
   * From now on, StopExecution for executions whose name starts with `namePrefix` answers success
   * but the execution keeps running (a lost stop request). Also `POST /_local/lose-stop-requests`
   * with `{"namePrefix": "…"}`, for tests in other processes.
   */
  loseStopRequests(namePrefix: string): void;
  /**
   * From now on, StartExecution for names starting with `namePrefix` fails with `error` (default
   * ExecutionLimitExceeded, which the SDK does not retry), the first `times` calls or every call.
   * Also `POST /_local/fail-start-executions` with the same fields; `GET` there lists the faults
   * with how many calls each saw and failed.
   */
  failStartExecutions(fault: { namePrefix: string; times?: number; error?: string }): void;
  /** Aborts running executions (no task runs after that) and stops listening. */
  close(): Promise<void>;
}

/**
 * A local endpoint speaking the Step Functions JSON 1.0 API for one state machine, whose
 * executions aws-local-stepfunctions runs against DynamoDB Local and the local SES.
 */
export async function startLocalStepFunctions(
  options: LocalStepFunctionsOptions,
): Promise<LocalStepFunctions> {
  const log = options.log ?? (() => {});
  const gates = new LambdaGates();
  const lambdas = Object.fromEntries(
    Object.entries(options.lambdas ?? {}).map(([arn, run]) => [arn, gates.wrap(arn, run)]),
  );
  const clients = { ...createClients(options), lambdas };
  try {
    const machineOptions = [options, ...(options.moreStateMachines ?? [])];
    const registries: ExecutionRegistry[] = [];
    const definitions = new Map<ExecutionRegistry, StateMachineDefinition>();
    for (const machine of machineOptions) {
      const definition = await loadDefinition(machine.definitionFile, machine.substitutions);
      const registry = new ExecutionRegistry({
        stateMachineName: machine.stateMachineName,
        // Taken before the runner adds its defaults (QueryLanguage…): what the file says, as AWS returns it.
        definition: JSON.stringify(definition, null, 2),
        stateMachine: new StateMachine(definition), // Validates the ASL, as CreateStateMachine would.
        invokers: taskInvokers(definition, clients),
        waitTimeOverrides: waitTimeOverrides(definition, options.followUpDaySeconds),
        retries: retrySpecs(definition),
        retryIntervalScale: options.retryIntervalScale ?? 1,
        log: (line) => log(`[step-functions] ${line}`),
      });
      registries.push(registry);
      definitions.set(registry, definition);
    }
    const [registry] = registries as [ExecutionRegistry];
    const endpoint: Endpoint = {
      registry,
      definition: definitions.get(registry) as StateMachineDefinition,
      machines: stateMachines(registries),
      gates,
    };
    const server = createServer((request, response) => {
      serve(request, response, endpoint).catch((error: unknown) => {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
    const port = await listen(server, options.port);
    return {
      endpoint: `http://127.0.0.1:${port}`,
      stateMachineArn: registry.stateMachineArn,
      stateMachineArns: Object.fromEntries(registries.map((r) => [r.stateMachineName, r.stateMachineArn])),
      loseStopRequests(namePrefix) {
        registry.lostStopPrefixes.add(namePrefix);
      },
      failStartExecutions(fault) {
        addStartFault(registry, fault);
      },
      async close() {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        gates.releaseAll();
        await Promise.all(registries.map((r) => r.abortAll("The local Step Functions endpoint was closed.")));
        server.closeAllConnections();
        await closed;
        destroy(clients);
      },
    };
  } catch (error) {
    destroy(clients);
    throw error;
  }
}

/** What the endpoint's requests reach: the first (follow-up) machine's test hooks, all machines, the Lambda gates. */
interface Endpoint {
  registry: ExecutionRegistry;
  definition: StateMachineDefinition;
  machines: StateMachines;
  gates: LambdaGates;
}

function createClients(options: LocalStepFunctionsOptions): ServiceClients {
  // One attempt per call: retrying is the state's `Retry`, and each attempt then shows in the history.
  return {
    dynamodb: new DynamoDBClient({ ...LOCAL_AWS, endpoint: options.dynamodbEndpoint, maxAttempts: 1 }),
    sesv2: new SESv2Client({ ...LOCAL_AWS, endpoint: options.sesEndpoint, maxAttempts: 1 }),
  };
}

function destroy(clients: ServiceClients): void {
  clients.dynamodb.destroy();
  clients.sesv2.destroy();
}

async function serve(request: IncomingMessage, response: ServerResponse, endpoint: Endpoint) {
  const { registry, definition, gates } = endpoint;
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (request.method === "GET") {
    const page = executionsPage(path, registry);
    if (page) return send(response, page.status, page.body, "application/json");
  }
  const body = await readBody(request);
  if (request.method === "POST" && path === LOSE_STOP_REQUESTS_PATH) {
    const { namePrefix } = LoseStopRequests.parse(JSON.parse(body));
    registry.lostStopPrefixes.add(namePrefix);
    return send(response, 204, {}, "application/json");
  }
  if (request.method === "POST" && path === FOLLOW_UP_DAY_SECONDS_PATH) {
    const { namePrefix, followUpDaySeconds } = FollowUpDaySeconds.parse(JSON.parse(body));
    registry.waitsByPrefix.set(namePrefix, waitTimeOverrides(definition, followUpDaySeconds));
    return send(response, 204, {}, "application/json");
  }
  if (path === FAIL_START_EXECUTIONS_PATH) {
    if (request.method === "POST") {
      const fault = addStartFault(registry, StartFaultRequest.parse(JSON.parse(body)));
      return send(response, 200, fault, "application/json");
    }
    if (request.method === "GET") {
      return send(response, 200, { faults: [...registry.startFaults.values()] }, "application/json");
    }
  }
  if (path === LAMBDA_FAULTS_PATH || path === LAMBDA_HOLDS_PATH) {
    if (request.method === "GET") return send(response, 200, gates.status(), "application/json");
    if (request.method === "DELETE" && path === LAMBDA_FAULTS_PATH) {
      gates.clearFaults();
      return send(response, 204, {}, "application/json");
    }
    if (request.method === "POST" && path === LAMBDA_FAULTS_PATH) {
      return send(
        response,
        200,
        gates.addFault(LambdaFaultRequest.parse(JSON.parse(body))),
        "application/json",
      );
    }
    if (request.method === "POST") {
      return send(
        response,
        200,
        gates.setHold(LambdaHoldRequest.parse(JSON.parse(body))),
        "application/json",
      );
    }
  }
  const target = request.headers["x-amz-target"];
  const answer = await handleApiCall(
    typeof target === "string" ? target : undefined,
    body,
    endpoint.machines,
  );
  send(response, answer.status, answer.body, CONTENT_TYPE);
}

/** A test hook of the local endpoint only; AWS has no such thing. */
export const LOSE_STOP_REQUESTS_PATH = "/_local/lose-stop-requests";
const LoseStopRequests = z.object({ namePrefix: z.string().check(z.minLength(1)) });

/**
 * A test hook of the local endpoint only: executions started from now on whose name starts with
 * `namePrefix` last `followUpDaySeconds` per day in their Wait states (e.g. long enough to look at one).
 */
export const FOLLOW_UP_DAY_SECONDS_PATH = "/_local/follow-up-day-seconds";
const FollowUpDaySeconds = z.object({
  namePrefix: z.string().check(z.minLength(1)),
  followUpDaySeconds: z.number().check(z.gt(0)),
});

/** A test hook of the local endpoint only: refuse StartExecution for some names (a consumer fault). */
export const FAIL_START_EXECUTIONS_PATH = "/_local/fail-start-executions";
const StartFaultRequest = z.object({
  namePrefix: z.string().check(z.minLength(1)),
  times: z.optional(z.int().check(z.gte(1))),
  error: z.optional(z.string().check(z.regex(/^\w+$/))),
});

function addStartFault(
  registry: ExecutionRegistry,
  request: { namePrefix: string; times?: number; error?: string },
): StartFault {
  const fault: StartFault = {
    namePrefix: request.namePrefix,
    times: request.times,
    error: request.error ?? "ExecutionLimitExceeded",
    calls: 0,
    failed: 0,
  };
  registry.startFaults.set(fault.namePrefix, fault);
  return fault;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, status: number, body: object, contentType: string): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(text),
    "x-amzn-requestid": randomUUID(),
  });
  response.end(text);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
