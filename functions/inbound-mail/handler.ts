import { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import middy from "@middy/core";
import type { Context, SESEvent, SESEventRecord } from "aws-lambda";
import * as z from "zod/mini";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { readFile } from "#shared/files";
import { idempotencyRecords } from "#shared/idempotency";
import { countBusinessEvent } from "#shared/metrics";
import { logger, observedInvocations } from "#shared/observability";
import { INBOUND_PREFIX } from "#shared/settings";
import { TABLE_NAME } from "#shared/table-name";
import { caseNotes } from "./case-notes";
import { verdictsOf } from "./mail-authentication";
import { processInboundMail } from "./process-mail";
import { replyAddressKey } from "./reply-address-key";

const config = readConfig(z.object({ INBOUND_PREFIX }));

const cases = caseNotes({ db: documentClient, tableName: TABLE_NAME });
const replyKey = replyAddressKey();

/** Threads one received message into its case; what happened, without text or addresses. */
async function threadReply(record: SESEventRecord) {
  const key = `${config.INBOUND_PREFIX}${record.ses.mail.messageId}`;
  const raw = await readFile(key);
  const result = await processInboundMail(
    raw,
    {
      secret: await replyKey(),
      ...cases,
      now: () => new Date().toISOString(),
    },
    // A Bcc'd reply address appears only in the envelope.
    { recipients: record.ses.receipt.recipients, verdicts: verdictsOf(record.ses.receipt) },
  );
  if (result.outcome === "applied") countBusinessEvent("customerReplies", { via: "email" });
  if (result.outcome === "applied" && result.statusAfter === "resolved") {
    countBusinessEvent("resolvedByCustomer", { via: "email" });
  }
  if ("verdicts" in result) countBusinessEvent("inboundMailRefused", { reason: result.reason });
  // Stored as the idempotency record's result: plain JSON, no undefined members.
  return {
    outcome: result.outcome,
    caseNumber: result.caseNumber,
    ...(result.outcome === "dropped" ? { reason: result.reason } : {}),
    // Statuses only (no addresses): what an operator needs to see why a reply was not taken.
    ...("verdicts" in result ? { verdicts: result.verdicts } : {}),
  };
}

const idempotencyConfig = new IdempotencyConfig({
  eventKeyJmesPath: "ses.mail.messageId",
  // Longer than SES's and Lambda's retries of one message can last.
  expiresAfterSeconds: 7 * 24 * 60 * 60,
});

/**
 * A retried invocation (an outage after the note was written, a duplicate delivery) must not
 * thread the same message twice: Powertools idempotency keyed by SES's message id.
 */
const threadReplyOnce = makeIdempotent(threadReply, {
  persistenceStore: idempotencyRecords(TABLE_NAME),
  config: idempotencyConfig,
});

/**
 * SES receiving stores each message in the files bucket, then invokes this with its id; the
 * message is threaded into its case. Drops (mail SES's verdicts do not vouch for, strangers,
 * unknown cases, auto-replies, garbage) are logged and end here; only outages throw, so the invocation is retried and finally
 * reaches the on-failure destination.
 */
async function threadReplies(event: SESEvent, context: Context): Promise<void> {
  idempotencyConfig.registerLambdaContext(context);
  for (const record of event.Records) {
    logger.appendKeys({ messageId: record.ses.mail.messageId, caseNumber: undefined });
    const { caseNumber, ...outcome } = await threadReplyOnce(record);
    // The outcome and the case, no message text or addresses: enough to troubleshoot (DOMAIN.md section 7).
    logger.appendKeys({ caseNumber });
    logger.info("inbound mail", outcome);
  }
}

export const handler = middy<SESEvent, void>().use(observedInvocations()).handler(threadReplies);
