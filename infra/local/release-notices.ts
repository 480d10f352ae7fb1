import { randomUUID } from "node:crypto";
import type { ObjectCreatedEvent } from "#notices/release-available";
import { fromRepositoryRoot } from "../repository";
import { NOTICES_DEFINITION_FILE, type NoticesSubstitutions } from "../state-machines";
import { LOCAL_ACCOUNT, LOCAL_AWS, localFunctionArn } from "./aws";
import { lambdaContext } from "./lambda-context";
import type { CreatedObject } from "./s3/emulator";
import type { LocalStateMachineOptions } from "./step-functions/server";
import type { LocalLambda } from "./step-functions/task-handlers";

/**
 * The release-notices fan-out, locally: its state machine on the local Step Functions endpoint,
 * whose Lambda tasks call the functions in this process, and the files bucket's ObjectCreated
 * notification calling release-available, as S3 invokes it in AWS.
 */
export const NOTICES_STATE_MACHINE_NAME = "release-notices";
export const LOCAL_NOTICE_TOKEN_SECRET = "local-notice-token-secret-0123456789";

export const NOTICE_FUNCTIONS = {
  sendNotice: localFunctionArn("send-release-notice"),
  subscriberPage: localFunctionArn("notice-subscriber-page"),
} as const;

type Handler = (event: never, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;

/** Imported at the first call: the modules read their configuration when loaded, after the stack set it. */
function inProcess(name: string, load: () => Promise<{ handler: Handler }>): LocalLambda {
  return async (payload) => (await load()).handler(payload as never, lambdaContext(name));
}

export const noticeLambdas: Record<string, LocalLambda> = {
  [NOTICE_FUNCTIONS.sendNotice]: inProcess(
    "send-release-notice",
    () => import("#notices/send-release-notice"),
  ),
  [NOTICE_FUNCTIONS.subscriberPage]: inProcess(
    "notice-subscriber-page",
    () => import("#notices/subscriber-page"),
  ),
};

export function noticesStateMachine(tableName: string): LocalStateMachineOptions {
  const substitutions: NoticesSubstitutions = {
    TableName: tableName,
    SendNoticeFunctionArn: NOTICE_FUNCTIONS.sendNotice,
    SubscriberPageFunctionArn: NOTICE_FUNCTIONS.subscriberPage,
  };
  return {
    definitionFile: fromRepositoryRoot(NOTICES_DEFINITION_FILE),
    stateMachineName: NOTICES_STATE_MACHINE_NAME,
    substitutions,
  };
}

/** Lambda retries an asynchronous invocation twice when the function fails. */
const ATTEMPTS = 3;

/** The bucket's event for one created object: release-available, as EventBridge invokes it in AWS. */
export function releaseFileCreated(log: (line: string) => void) {
  return async (object: CreatedObject): Promise<void> => {
    if (!object.key.startsWith("releases/")) return;
    const event = objectCreatedEvent(object);
    const { handler } = await import("#notices/release-available");
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        await handler(event, lambdaContext("release-available"));
        return;
      } catch (error) {
        log(`[s3] release-available failed (attempt ${attempt}): ${String(error)}`);
      }
    }
  };
}

/** The "Object Created" event S3 sends to EventBridge, whose rule invokes release-available in AWS. */
function objectCreatedEvent(object: CreatedObject): ObjectCreatedEvent & Record<string, unknown> {
  return {
    version: "0",
    id: randomUUID(),
    "detail-type": "Object Created",
    source: "aws.s3",
    account: LOCAL_ACCOUNT,
    time: new Date().toISOString(),
    region: LOCAL_AWS.region,
    resources: [`arn:aws:s3:::${object.bucket}`],
    detail: {
      bucket: { name: object.bucket },
      object: { key: object.key, size: object.size },
    },
  };
}
