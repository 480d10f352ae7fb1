import { resolve } from "node:path";
import type { S3Event } from "aws-lambda";
import { lambdaContext } from "./lambda-context";
import type { CreatedObject } from "./s3";
import type { LocalStateMachineOptions } from "./step-functions/server";
import type { LocalLambda } from "./step-functions/task-handlers";

/**
 * The release-notices fan-out, locally: its state machine on the local Step Functions endpoint,
 * whose Lambda tasks call the functions in this process, and the files bucket's ObjectCreated
 * notification calling release-available, as S3 invokes it in AWS.
 */
export const NOTICES_STATE_MACHINE_NAME = "release-notices";
export const LOCAL_NOTICE_TOKEN_SECRET = "local-notice-token-secret-0123456789";

const functionArn = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;
export const NOTICE_FUNCTIONS = {
  sendNotice: functionArn("send-release-notice"),
  subscriberPage: functionArn("notice-subscriber-page"),
} as const;

type Handler = (event: never, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;

/** Imported at the first call: the modules read their configuration when loaded, after the stack set it. */
function inProcess(name: string, load: () => Promise<{ handler: Handler }>): LocalLambda {
  return async (payload) => (await load()).handler(payload as never, lambdaContext(name));
}

export const noticeLambdas: Record<string, LocalLambda> = {
  [NOTICE_FUNCTIONS.sendNotice]: inProcess(
    "send-release-notice",
    () => import("../../functions/notices/send-release-notice"),
  ),
  [NOTICE_FUNCTIONS.subscriberPage]: inProcess(
    "notice-subscriber-page",
    () => import("../../functions/notices/subscriber-page"),
  ),
};

export function noticesStateMachine(repositoryRoot: string, tableName: string): LocalStateMachineOptions {
  return {
    definitionFile: resolve(repositoryRoot, "statemachines/release-notices.asl.json"),
    stateMachineName: NOTICES_STATE_MACHINE_NAME,
    substitutions: {
      TableName: tableName,
      SendNoticeFunctionArn: NOTICE_FUNCTIONS.sendNotice,
      SubscriberPageFunctionArn: NOTICE_FUNCTIONS.subscriberPage,
    },
  };
}

/** S3 retries an asynchronous invocation twice when the function fails. */
const ATTEMPTS = 3;

/** The S3 event notification of one created object: release-available, like AWS invokes it. */
export function releaseFileCreated(log: (line: string) => void) {
  return async (object: CreatedObject): Promise<void> => {
    if (!object.key.startsWith("releases/")) return;
    const event = s3Event(object);
    const { handler } = await import("../../functions/notices/release-available");
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

function s3Event(object: CreatedObject): S3Event {
  const encodedKey = encodeURIComponent(object.key).replace(/%2F/g, "/").replace(/%20/g, "+");
  return {
    Records: [
      {
        eventVersion: "2.1",
        eventSource: "aws:s3",
        awsRegion: "us-east-1",
        eventTime: new Date().toISOString(),
        eventName: "ObjectCreated:Put",
        userIdentity: { principalId: "local" },
        requestParameters: { sourceIPAddress: "127.0.0.1" },
        responseElements: { "x-amz-request-id": "local", "x-amz-id-2": "local" },
        s3: {
          s3SchemaVersion: "1.0",
          configurationId: "release-available",
          bucket: {
            name: object.bucket,
            ownerIdentity: { principalId: "local" },
            arn: `arn:aws:s3:::${object.bucket}`,
          },
          object: { key: encodedKey, size: object.size, eTag: "", sequencer: Date.now().toString(16) },
        },
      },
    ],
  };
}
