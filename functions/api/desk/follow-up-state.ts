import * as z from "zod/mini";
import { followUpState } from "#domain/follow-up";
import { followUpExecutionArn, followUpExecutionName } from "#domain/follow-up-protocol";
import { executionConsoleUrl, localExecutionUrl } from "#domain/step-functions-console";
import { readConfig } from "#shared/config";
import { apiHandler } from "#shared/http";
import { EXECUTIONS_CONSOLE_URL, STATE_MACHINE_ARN } from "#shared/settings";
import { visibleCase } from "../cases/case-access";
import { followUpStateRoute } from "../routes/follow-up-state";

const config = readConfig(z.object({ STATE_MACHINE_ARN, EXECUTIONS_CONSOLE_URL }));

function consoleUrlOf(arn: string): string {
  return config.EXECUTIONS_CONSOLE_URL
    ? localExecutionUrl(config.EXECUTIONS_CONSOLE_URL, arn)
    : executionConsoleUrl(arn);
}

/** The case page's follow-up panel: read from the case item, which the state machine's claims write. */
export const handler = apiHandler(followUpStateRoute, async ({ path: { number } }, caller) => {
  const found = await visibleCase(caller, number);
  const state = followUpState(found);
  const name = state.replyId ? followUpExecutionName(number, state.replyId) : undefined;
  const arn = name ? followUpExecutionArn(config.STATE_MACHINE_ARN, name) : undefined;
  return {
    status: 200,
    body: {
      caseNumber: number,
      ...state,
      ...(name && arn ? { execution: { name, arn, consoleUrl: consoleUrlOf(arn) } } : {}),
    },
  };
});
