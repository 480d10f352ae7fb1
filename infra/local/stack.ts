import type { DynamoDBStreamEvent } from "aws-lambda";
import { ROUTES } from "#api/routes";
import { PORTAL_PREFIX } from "../../web/serving";
import { fromRepositoryRoot, REPOSITORY_ROOT } from "../repository";
import { FOLLOW_UP_DEFINITION_FILE, type FollowUpSubstitutions } from "../state-machines";
import { LOCAL_AWS } from "./aws";
import { startLocalCognito } from "./cognito/emulator";
import { cognitoLocalIdentity, type LocalIdentity } from "./cognito/identity";
import { type DynamoDbLocal, startDynamoDbLocal } from "./dynamodb/emulator";
import { type StreamPoller, startStreamPoller } from "./dynamodb/stream-poller";
import { createTable } from "./dynamodb/table";
import { startLocalGateway } from "./gateway/server";
import { lambdaContext } from "./lambda-context";
import { freePort } from "./ports";
import {
  LOCAL_NOTICE_TOKEN_SECRET,
  NOTICES_STATE_MACHINE_NAME,
  noticeLambdas,
  noticesStateMachine,
  releaseFileCreated,
} from "./release-notices";
import { startLocalS3 } from "./s3/emulator";
import { startLocalSes } from "./ses/emulator";
import { createEmailTemplates } from "./ses/templates";
import { startLocalStepFunctions } from "./step-functions/server";

export interface LocalStackOptions {
  /** Fixed ports for people (`npm start`); omitted ones are picked free (tests). */
  ports?: Partial<
    Record<"dynamodb" | "ses" | "stepFunctions" | "api" | "cognito" | "s3" | "streamConsumer", number>
  >;
  /** How many real seconds one follow-up "day" lasts. */
  followUpDaySeconds: number;
  /** Scales Retry intervals of the state machine (tests make SES outages quick to observe). */
  retryIntervalScale?: number;
  vendorName?: string;
  /** DynamoDB Local keeps its data here (it survives `dynamodbLocal` restarts); default: in memory. */
  dynamodbDataDirectory?: string;
  /**
   * false: no stream consumer (and so no follow-up executions): only API requests write to the
   * table, which is what a test that compares the table around a request needs. Default true.
   */
  streamConsumer?: boolean;
  log?: (line: string) => void;
  /** The built portal to serve under /portal/ (web/build.ts writes it); none: API only. */
  webRoot?: string;
  /** The release-notice fan-out's pace (default: 10 in flight, pages of 500). */
  notices?: { concurrency?: number; pageSize?: number };
}

export interface LocalStack {
  apiUrl: string;
  /** The customer portal's first page (same origin as the API, which it calls under /api/). */
  portalUrl: string;
  /** The local executions console (follow-up executions as the Step Functions console shows them). */
  consoleUrl: string;
  sesUrl: string;
  stepFunctionsUrl: string;
  /**
   * The local event source mapping of the follow-up consumer: `GET /` its settings and counters,
   * `GET /failures` its on-failure destination (absent without a stream consumer).
   */
  streamConsumerUrl?: string;
  /** Pauses and resumes the follow-up consumer's polling (the bench's latency step); absent without one. */
  streamConsumer?: Pick<StreamPoller, "pause" | "resume">;
  dynamodbUrl: string;
  cognitoUrl: string;
  userPoolId: string;
  s3Url: string;
  filesBucket: string;
  tableName: string;
  stateMachineArn: string;
  /** The release-notices state machine, on the same endpoint. */
  noticesStateMachineArn: string;
  identity: LocalIdentity;
  /** Outages of DynamoDB Local on its port (fault tests); in memory, `start` recreates an empty table. */
  dynamodbLocal: Pick<DynamoDbLocal, "stop" | "start" | "freeze" | "thaw">;
  stop(): Promise<void>;
}

const TABLE_NAME = "support-center";
const STATE_MACHINE_NAME = "case-follow-up";
const FILES_BUCKET = "support-center-files";
/** Local only: the key of per-case reply addresses (in AWS it comes from Secrets Manager). */
export const LOCAL_REPLY_ADDRESS_SECRET = "local-reply-address-secret";
export const LOCAL_REPLY_DOMAIN = "reply.support-center.example";
/** Local only: sign-up and password reset answer no sooner than this (the emulators answer in tens of ms). */
export const LOCAL_ACCOUNT_ANSWER_FLOOR_MS = 250;

/**
 * Starts everything the deployed system has, on this machine: DynamoDB Local, the local SES,
 * the ASL on aws-local-stepfunctions behind a Step Functions endpoint, the table's stream
 * feeding the follow-up consumer, and the HTTP gateway over the route table.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const port = async (name: keyof NonNullable<LocalStackOptions["ports"]>) =>
    options.ports?.[name] ?? (await freePort());
  const stoppers: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  };
  try {
    const ses = await startLocalSes(await port("ses"));
    stoppers.push(ses.stop);
    const dynamodb = await startDynamoDbLocal(await port("dynamodb"), {
      dataDirectory: options.dynamodbDataDirectory,
    });
    stoppers.push(dynamodb.stop);
    // The gateway's port is known early: confirmation mails link to the portal it serves.
    const apiPort = await port("api");
    const portalUrl = `http://127.0.0.1:${apiPort}${PORTAL_PREFIX}/`;
    const cognito = await startLocalCognito({
      port: await port("cognito"),
      sesEndpoint: ses.endpoint,
      ...(options.webRoot ? { portalUrl } : {}),
      log: options.log,
    });
    stoppers.push(cognito.stop);
    // The portal's pages upload attachments straight to S3 with presigned PUTs: a CORS rule for them.
    const portalOrigins = [`http://127.0.0.1:${apiPort}`, `http://localhost:${apiPort}`];
    const s3 = await startLocalS3({
      port: await port("s3"),
      bucketNames: [FILES_BUCKET],
      ...(options.webRoot ? { corsOrigins: portalOrigins } : {}),
      onObjectCreated: releaseFileCreated(options.log ?? (() => {})),
    });
    stoppers.push(s3.stop);
    const streamArn = await createTable(dynamodb.endpoint, TABLE_NAME);
    await createEmailTemplates(ses.endpoint);
    const substitutions: FollowUpSubstitutions = {
      TableName: TABLE_NAME,
      SenderAddress: "support@support-center.example",
      ConfigurationSetName: "support-center",
    };
    const stepFunctions = await startLocalStepFunctions({
      port: await port("stepFunctions"),
      definitionFile: fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE),
      stateMachineName: STATE_MACHINE_NAME,
      substitutions,
      followUpDaySeconds: options.followUpDaySeconds,
      retryIntervalScale: options.retryIntervalScale ?? 1,
      dynamodbEndpoint: dynamodb.endpoint,
      sesEndpoint: ses.endpoint,
      moreStateMachines: [noticesStateMachine(TABLE_NAME)],
      lambdas: noticeLambdas,
      log: options.log,
    });
    stoppers.push(stepFunctions.close);
    const noticesStateMachineArn = stepFunctions.stateMachineArns[NOTICES_STATE_MACHINE_NAME] ?? "";

    // The Lambda environment, as CDK sets it in AWS; only the endpoints are local.
    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_SFN: stepFunctions.endpoint,
      AWS_ENDPOINT_URL_SESV2: ses.endpoint,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: cognito.endpoint,
      TABLE_NAME,
      USER_POOL_ID: cognito.userPoolId,
      USER_POOL_CLIENT_ID: cognito.clientId,
      ACCOUNT_ANSWER_FLOOR_MS: String(LOCAL_ACCOUNT_ANSWER_FLOOR_MS),
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      S3_FORCE_PATH_STYLE: "true",
      FILES_BUCKET,
      STATE_MACHINE_ARN: stepFunctions.stateMachineArn,
      VENDOR_NAME: options.vendorName ?? "Acme Backup",
      SUPPORT_REGION: "cn",
      REPLY_ADDRESS_SECRET: LOCAL_REPLY_ADDRESS_SECRET,
      REPLY_DOMAIN: LOCAL_REPLY_DOMAIN,
      NOTICE_TOKEN_SECRET: LOCAL_NOTICE_TOKEN_SECRET,
      // Case e-mails link to the case's page in the portal this gateway serves.
      PORTAL_URL: portalUrl,
      // The desk links a case's follow-up execution here, where AWS links its own console.
      EXECUTIONS_CONSOLE_URL: `http://127.0.0.1:${apiPort}/console/`,
      // Release notices: the fan-out's state machine, its pace, its mail and its unsubscribe key.
      NOTICES_STATE_MACHINE_ARN: noticesStateMachineArn,
      NOTICE_CONCURRENCY: String(options.notices?.concurrency ?? 10),
      NOTICE_PAGE_SIZE: String(options.notices?.pageSize ?? 500),
      SENDER_ADDRESS: substitutions.SenderAddress,
      CONFIGURATION_SET_NAME: substitutions.ConfigurationSetName,
    });

    let streamConsumerUrl: string | undefined;
    let streamConsumer: LocalStack["streamConsumer"];
    if (options.streamConsumer ?? true) {
      const consumer = await import("#follow-up/stream-handler");
      const handler = (event: DynamoDBStreamEvent) =>
        consumer.handler(event, lambdaContext("follow-up-stream"));
      const poller = await startStreamPoller({
        endpoint: dynamodb.endpoint,
        streamArn,
        handler,
        port: await port("streamConsumer"),
        log: options.log,
      });
      stoppers.push(poller.stop);
      streamConsumerUrl = poller.url;
      streamConsumer = { pause: poller.pause, resume: poller.resume };
    }

    const identity = cognitoLocalIdentity(cognito);
    const gateway = await startLocalGateway({
      port: apiPort,
      routes: ROUTES,
      identity,
      root: REPOSITORY_ROOT,
      ...(options.webRoot ? { webRoot: options.webRoot, filesOrigin: s3.endpoint } : {}),
      stepFunctionsEndpoint: stepFunctions.endpoint,
    });
    stoppers.push(gateway.close);

    return {
      apiUrl: gateway.url,
      portalUrl,
      consoleUrl: `${gateway.url}/console/`,
      sesUrl: ses.endpoint,
      stepFunctionsUrl: stepFunctions.endpoint,
      streamConsumerUrl,
      ...(streamConsumer ? { streamConsumer } : {}),
      dynamodbUrl: dynamodb.endpoint,
      cognitoUrl: cognito.endpoint,
      userPoolId: cognito.userPoolId,
      s3Url: s3.endpoint,
      filesBucket: FILES_BUCKET,
      tableName: TABLE_NAME,
      stateMachineArn: stepFunctions.stateMachineArn,
      noticesStateMachineArn,
      identity,
      dynamodbLocal: {
        stop: dynamodb.stop,
        freeze: dynamodb.freeze,
        thaw: dynamodb.thaw,
        async start() {
          await dynamodb.start();
          if (!options.dynamodbDataDirectory) await createTable(dynamodb.endpoint, TABLE_NAME);
        },
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
