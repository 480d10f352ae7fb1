import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { ExecutionAlreadyExists, StartExecutionCommand, StopExecutionCommand } from "@aws-sdk/client-sfn";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import middy from "@middy/core";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import * as z from "zod/mini";
import { followUpExecutionArn } from "#domain/follow-up-protocol";
import { caseTimeline } from "#repositories/case-timeline";
import { TABLE_DESIGN } from "#repositories/table-design";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { countBusinessEvent } from "#shared/metrics";
import { errorSummary, logger, observedInvocations } from "#shared/observability";
import { PORTAL_URL, REPLY_DOMAIN, STATE_MACHINE_ARN, VENDOR_NAME } from "#shared/settings";
import { stepFunctions } from "#shared/sfn-client";
import { supportTimeZone } from "#shared/support-region";
import { TABLE_NAME } from "#shared/table-name";
import { replyAddressFor } from "../inbound-mail/reply-address";
import { replyAddressKey } from "../inbound-mail/reply-address-key";
import { casePageUrl, type FollowUpSettings } from "./execution-input";
import { type FollowUpCommand, followUpCommands, type ItemChange } from "./stream-commands";

const config = readConfig(z.object({ STATE_MACHINE_ARN, VENDOR_NAME, REPLY_DOMAIN, PORTAL_URL }));

const timeline = caseTimeline(documentClient, TABLE_NAME);

const replyKey = replyAddressKey();

/** Per batch: the key is read at run time (cached), so a rotated one is picked up. */
async function followUpSettings(): Promise<FollowUpSettings> {
  const key = await replyKey();
  return {
    vendorName: config.VENDOR_NAME,
    timeZone: supportTimeZone,
    replyAddress: (caseNumber: string) => replyAddressFor(caseNumber, key, config.REPLY_DOMAIN),
    caseUrl: (caseNumber: string) => casePageUrl(config.PORTAL_URL, caseNumber),
  };
}

function toChange(record: DynamoDBRecord): ItemChange {
  const image = (value: unknown) => (value ? unmarshall(value as Record<string, AttributeValue>) : undefined);
  return {
    eventName: record.eventName ?? "MODIFY",
    oldImage: image(record.dynamodb?.OldImage),
    newImage: image(record.dynamodb?.NewImage),
  };
}

async function run(command: FollowUpCommand): Promise<void> {
  if (command.kind === "record-follow-up") {
    logger.appendKeys({ caseNumber: command.event.caseNumber });
    // Counted once: a replayed record finds the event already written.
    if (await timeline.record(command.event)) {
      countBusinessEvent("followUpsSent", { step: String(command.step) });
    }
    return;
  }
  logger.appendKeys({ executionName: command.name });
  if (command.kind === "start") {
    try {
      await stepFunctions.send(
        new StartExecutionCommand({
          stateMachineArn: config.STATE_MACHINE_ARN,
          name: command.name,
          input: JSON.stringify(command.input),
        }),
      );
    } catch (error) {
      // A replayed record: the execution was started the first time; names are unique per reply.
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
    }
    logger.info("follow-up execution started");
    return;
  }
  try {
    await stepFunctions.send(
      new StopExecutionCommand({
        executionArn: followUpExecutionArn(config.STATE_MACHINE_ARN, command.name),
        cause: command.cause,
      }),
    );
  } catch (error) {
    // Never started or already gone: nothing to stop, and the claim protects us anyway.
    if (!(error instanceof Error && error.name === "ExecutionDoesNotExist")) throw error;
  }
  logger.info("follow-up execution stopped", { cause: command.cause });
}

/**
 * Consumes the table's stream in order. A record that fails is reported, so the retry resumes
 * there (partial batch response). The batch's later records of other cases are still processed
 * now: one case's failing record neither holds up another case's follow-up nor, once the retries
 * run out, takes it to the dead-letter queue with it. Later records of the failed case wait for
 * the retry, so each case's changes stay in order. Processing a record twice is harmless: every
 * command is idempotent.
 */
async function consume(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  // Unreadable key: the whole batch fails and is retried, nothing is skipped.
  const settings = await followUpSettings();
  let firstFailure: string | undefined;
  const heldBack = new Set<string>();
  for (const record of event.Records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? "";
    const item = record.dynamodb?.Keys?.[TABLE_DESIGN.partitionKey]?.S ?? sequenceNumber;
    if (heldBack.has(item)) continue;
    logger.appendKeys({ sequenceNumber, caseNumber: undefined, executionName: undefined });
    try {
      for (const command of followUpCommands(toChange(record), settings)) await run(command);
    } catch (error) {
      logger.error("follow-up command failed; the batch resumes from this record", {
        error: errorSummary(error),
      });
      firstFailure ??= sequenceNumber;
      heldBack.add(item);
    }
  }
  return { batchItemFailures: firstFailure === undefined ? [] : [{ itemIdentifier: firstFailure }] };
}

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(observedInvocations())
  .handler(consume);
