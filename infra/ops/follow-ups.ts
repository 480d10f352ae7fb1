import {
  type ExecutionListItem,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  paginateListExecutions,
  SFNClient,
} from "@aws-sdk/client-sfn";
import * as z from "zod/mini";
import { CASE_NUMBER_PATTERN } from "#domain/case-number";
import { followUpExecutionPrefix } from "#domain/follow-up-protocol";
import { executionConsoleUrl, localExecutionUrl } from "#domain/step-functions-console";
import { readConfig } from "#shared/config";

/**
 * `npm run follow-ups -- <case number>`: every follow-up execution of a case with its history.
 * Works against the local stack by default and against AWS when STATE_MACHINE_ARN is set
 * (and AWS_ENDPOINT_URL_SFN is not).
 */
const LOCAL_STATE_MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:case-follow-up";

const config = readConfig(
  z.object({
    STATE_MACHINE_ARN: z._default(z.string().check(z.startsWith("arn:")), LOCAL_STATE_MACHINE),
    AWS_ENDPOINT_URL_SFN: z.optional(z.string()),
    /** The local executions console (`npm start` prints it). */
    CONSOLE_URL: z._default(z.string().check(z.startsWith("http")), "http://127.0.0.1:3000/console/"),
  }),
);
const isLocal = config.STATE_MACHINE_ARN === LOCAL_STATE_MACHINE;
const sfn = new SFNClient(
  isLocal
    ? {
        region: "us-east-1",
        endpoint: config.AWS_ENDPOINT_URL_SFN ?? "http://127.0.0.1:8083",
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }
    : {},
);

const caseNumber = process.argv[2] ?? "";
if (!CASE_NUMBER_PATTERN.test(caseNumber)) {
  console.error("usage: npm run follow-ups -- <8-digit case number>");
  process.exit(2);
}

/** Pages are bounded: a support center's state machine has many executions. */
const MAX_PAGES = 50;

async function executionsOfCase(): Promise<ExecutionListItem[]> {
  const found: ExecutionListItem[] = [];
  let pages = 0;
  for await (const page of paginateListExecutions(
    { client: sfn },
    { stateMachineArn: config.STATE_MACHINE_ARN },
  )) {
    found.push(
      ...(page.executions ?? []).filter((e) => e.name?.startsWith(followUpExecutionPrefix(caseNumber))),
    );
    if (++pages >= MAX_PAGES) break;
  }
  return found.reverse();
}

function describeEvent(event: HistoryEvent): string {
  const state = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name ?? "";
  const failure =
    event.executionFailedEventDetails ?? event.taskFailedEventDetails ?? event.executionAbortedEventDetails;
  const detail = failure ? `${failure.error ?? ""} ${failure.cause ?? ""}`.trim() : "";
  return `    ${event.timestamp?.toISOString()}  ${event.type?.padEnd(24)} ${state}${detail ? `  ${detail}` : ""}`;
}

const executions = await executionsOfCase();
if (executions.length === 0) console.log(`No follow-up executions for case ${caseNumber}.`);
for (const execution of executions) {
  console.log(`${execution.name}  ${execution.status}  started ${execution.startDate?.toISOString()}`);
  // Where to see it drawn: the local executions console, or the Step Functions console in AWS.
  const arn = execution.executionArn ?? "";
  console.log(`  ${isLocal ? localExecutionUrl(config.CONSOLE_URL, arn) : executionConsoleUrl(arn)}`);
  const { events = [] } = await sfn.send(
    new GetExecutionHistoryCommand({ executionArn: execution.executionArn }),
  );
  for (const event of events) console.log(describeEvent(event));
}
