import {
  DeleteItemCommand,
  type DeleteItemCommandInput,
  type DynamoDBClient,
  DynamoDBServiceException,
  GetItemCommand,
  type GetItemCommandInput,
  PutItemCommand,
  type PutItemCommandInput,
  UpdateItemCommand,
  type UpdateItemCommandInput,
} from "@aws-sdk/client-dynamodb";
import * as sesv2 from "@aws-sdk/client-sesv2";
import type { RunOptions, StateMachine, StateMachineDefinition } from "aws-local-stepfunctions";
import { allStates } from "./definition";

export type JsonValue = Parameters<StateMachine["run"]>[0];
type JsonObject = { [key: string]: JsonValue };
export type TaskHandlers = NonNullable<NonNullable<RunOptions["overrides"]>["taskResourceLocalHandlers"]>;

/** A Lambda function run in this process: its handler, given the task's Payload. */
export type LocalLambda = (payload: JsonValue) => Promise<unknown>;

export interface ServiceClients {
  dynamodb: DynamoDBClient;
  sesv2: sesv2.SESv2Client;
  /** The functions `arn:aws:states:::lambda:invoke` tasks may call, by the ARN their FunctionName gives. */
  lambdas?: Record<string, LocalLambda>;
}

/** One Task state's service call, plus how AWS names the resource in TaskScheduled/TaskFailed events. */
export interface TaskInvoker {
  resourceType: string;
  resource: string;
  invoke(parameters: JsonValue): Promise<JsonValue>;
}

/** Receives the task lifecycle so the execution history can show it like AWS does. */
export interface TaskObserver {
  taskScheduled(stateName: string, invoker: TaskInvoker, parameters: JsonValue): TaskAttemptObserver;
}

export interface TaskAttemptObserver {
  succeeded(output: JsonValue): void;
  failed(failure: Error): void;
}

/**
 * An error named the way Step Functions names it, because aws-local-stepfunctions matches
 * `Retry`/`Catch` `ErrorEquals` against `error.name` (exact string compare) and reports
 * `error.message` as the `Cause`.
 */
export class TaskFailure extends Error {
  constructor(name: string, cause: string) {
    super(cause);
    this.name = name;
  }
}

const DYNAMODB_ARN = /^arn:aws:states:::dynamodb:(\w+)$/;
const SESV2_ARN = /^arn:aws:states:::aws-sdk:sesv2:(\w+)$/;
const LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

type DynamoDbCall = (client: DynamoDBClient, parameters: JsonObject) => Promise<object>;

// The state's Parameters are passed untouched; DynamoDB itself validates them, as in AWS.
const DYNAMODB_ACTIONS: Record<string, DynamoDbCall> = {
  getItem: (client, p) => client.send(new GetItemCommand(p as unknown as GetItemCommandInput)),
  putItem: (client, p) => client.send(new PutItemCommand(p as unknown as PutItemCommandInput)),
  updateItem: (client, p) => client.send(new UpdateItemCommand(p as unknown as UpdateItemCommandInput)),
  deleteItem: (client, p) => client.send(new DeleteItemCommand(p as unknown as DeleteItemCommandInput)),
};

/**
 * Chooses a service call for every Task state by its `Resource`, once, so an unsupported
 * resource is reported when the endpoint starts rather than in the middle of an execution.
 */
export function taskInvokers(
  definition: StateMachineDefinition,
  clients: ServiceClients,
): Record<string, TaskInvoker> {
  const invokers: Record<string, TaskInvoker> = {};
  for (const [name, state] of allStates(definition)) {
    if (state.Type === "Task") invokers[name] = invokerFor(name, state.Resource, clients);
  }
  return invokers;
}

function invokerFor(stateName: string, resource: string, clients: ServiceClients): TaskInvoker {
  const dynamoDbAction = DYNAMODB_ARN.exec(resource)?.[1];
  if (dynamoDbAction) return dynamoDbInvoker(stateName, dynamoDbAction, clients.dynamodb);
  const sesAction = SESV2_ARN.exec(resource)?.[1];
  if (sesAction) return sesV2Invoker(stateName, sesAction, clients.sesv2);
  if (resource === LAMBDA_INVOKE) return lambdaInvoker(clients.lambdas ?? {});
  throw new Error(
    `Task state "${stateName}" uses resource "${resource}", which the local Step Functions endpoint cannot run ` +
      "(supported: arn:aws:states:::dynamodb:getItem|putItem|updateItem|deleteItem, arn:aws:states:::aws-sdk:sesv2:<action> and arn:aws:states:::lambda:invoke)",
  );
}

function dynamoDbInvoker(stateName: string, action: string, client: DynamoDBClient): TaskInvoker {
  const call = DYNAMODB_ACTIONS[action];
  if (!call)
    throw new Error(`Task state "${stateName}": DynamoDB action "${action}" is not supported locally`);
  return {
    resourceType: "dynamodb",
    resource: action,
    async invoke(parameters) {
      try {
        return toJson(await call(client, requireObject(parameters, `dynamodb:${action}`)));
      } catch (error) {
        // The optimized integration names errors "DynamoDB.<Exception>".
        throw taskFailure(error, {
          prefix: "DynamoDB",
          service: "DynamoDb",
          isServiceError: isDynamoDbError,
        });
      }
    },
  };
}

/**
 * The optimized Lambda integration (request-response): the function runs in this process and its
 * answer comes back as `{Payload, StatusCode}`. A function's error is named by its errorType (the
 * error's name), as Step Functions names it, so Retry and Catch match the same names as in AWS.
 */
function lambdaInvoker(lambdas: Record<string, LocalLambda>): TaskInvoker {
  return {
    resourceType: "lambda",
    resource: "invoke",
    async invoke(parameters) {
      const { FunctionName, Payload } = requireObject(parameters, "lambda:invoke");
      const run = typeof FunctionName === "string" ? lambdas[FunctionName] : undefined;
      if (!run) {
        throw new TaskFailure(
          "Lambda.ResourceNotFoundException",
          `Function not found: ${String(FunctionName)} (not run by the local endpoint)`,
        );
      }
      try {
        return { Payload: toJson(await run(Payload ?? null)), StatusCode: 200, ExecutedVersion: "$LATEST" };
      } catch (error) {
        if (error instanceof TaskFailure) throw error;
        const failure = error instanceof Error ? error : new Error(String(error));
        throw new TaskFailure(
          failure.name || "Error",
          JSON.stringify({ errorType: failure.name, errorMessage: failure.message }),
        );
      }
    },
  };
}

type SesCommand = Parameters<sesv2.SESv2Client["send"]>[0];
type SesCommandConstructor = new (input: object) => SesCommand;

function sesV2Invoker(stateName: string, action: string, client: sesv2.SESv2Client): TaskInvoker {
  // aws-sdk integrations name the API action in camelCase; SDK v3 exports it as `<PascalCase>Command`.
  const commandName = `${action.charAt(0).toUpperCase()}${action.slice(1)}Command`;
  const exported = (sesv2 as unknown as Record<string, unknown>)[commandName];
  if (typeof exported !== "function") {
    throw new Error(
      `Task state "${stateName}": SES v2 has no action "${action}" (no ${commandName} in the SDK)`,
    );
  }
  const Command = exported as SesCommandConstructor;
  return {
    resourceType: "aws-sdk:sesv2",
    resource: action,
    async invoke(parameters) {
      try {
        return toJson(await client.send(new Command(requireObject(parameters, `sesv2:${action}`))));
      } catch (error) {
        // aws-sdk integrations name errors "<Service>.<Exception>", here "SesV2.<Exception>".
        throw taskFailure(error, { prefix: "SesV2", service: "SesV2", isServiceError: isSesV2Error });
      }
    },
  };
}

/**
 * Wraps each invoker for one execution: reports the lifecycle to the history and, once the
 * execution is aborted, does nothing. aws-local-stepfunctions keeps a state running after
 * `abort()` (and re-runs a Task whose retry pause the abort cut short), so without this guard a
 * stopped execution could still send an e-mail.
 */
export function localTaskHandlers(
  invokers: Record<string, TaskInvoker>,
  observer: TaskObserver,
  isAborted: () => boolean,
): TaskHandlers {
  const handlers: TaskHandlers = {};
  for (const [stateName, invoker] of Object.entries(invokers)) {
    handlers[stateName] = async (parameters) => {
      if (isAborted()) return null;
      const attempt = observer.taskScheduled(stateName, invoker, parameters);
      try {
        const output = await invoker.invoke(parameters);
        attempt.succeeded(output);
        return output;
      } catch (error) {
        const failure = error instanceof Error ? error : new TaskFailure("States.TaskFailed", String(error));
        attempt.failed(failure);
        throw failure;
      }
    };
  }
  return handlers;
}

interface ServiceErrorShape extends Error {
  $metadata: { httpStatusCode?: number; requestId?: string };
}

interface ErrorNaming {
  prefix: string;
  service: string;
  isServiceError(error: unknown): error is ServiceErrorShape;
}

const isDynamoDbError = (error: unknown): error is ServiceErrorShape =>
  error instanceof DynamoDBServiceException;
const isSesV2Error = (error: unknown): error is ServiceErrorShape =>
  error instanceof sesv2.SESv2ServiceException;

/** Service errors keep their name under the integration's prefix; anything else (network) is States.TaskFailed. */
function taskFailure(error: unknown, naming: ErrorNaming): TaskFailure {
  if (error instanceof TaskFailure) return error;
  if (!naming.isServiceError(error)) {
    return new TaskFailure("States.TaskFailed", error instanceof Error ? error.message : String(error));
  }
  const { httpStatusCode, requestId } = error.$metadata;
  const details = [`Service: ${naming.service}`, `Status Code: ${httpStatusCode ?? "unknown"}`];
  if (requestId) details.push(`Request ID: ${requestId}`);
  return new TaskFailure(
    `${naming.prefix}.${serviceErrorName(error)}`,
    `${error.message} (${details.join(", ")})`,
  );
}

/**
 * aws-ses-v2-local reports its error code in a `type` body field, which the SDK does not read
 * (it then says "Unknown"); real SES sends it in a header. Use `type` so local names match AWS.
 */
function serviceErrorName(error: ServiceErrorShape): string {
  const reported: unknown = (error as ServiceErrorShape & { type?: unknown }).type;
  if (error.name === "Unknown" && typeof reported === "string" && reported.length > 0) return reported;
  return error.name;
}

function requireObject(parameters: JsonValue, what: string): JsonObject {
  if (parameters === null || typeof parameters !== "object" || Array.isArray(parameters)) {
    throw new TaskFailure("States.TaskFailed", `Parameters for ${what} must be a JSON object`);
  }
  return parameters;
}

/** An SDK response as the JSON a Task state gets: no `$metadata`, dates as ISO strings, blobs as base64. */
export function toJson(value: unknown): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    const result: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      if (key !== "$metadata" && item !== undefined) result[key] = toJson(item);
    }
    return result;
  }
  return null;
}
