import middy from "@middy/core";
import type { SESEvent, SESEventRecord } from "aws-lambda";
import * as z from "zod/mini";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { readFile } from "#shared/files";
import { countBusinessEvent } from "#shared/metrics";
import { logger, observedInvocations } from "#shared/observability";
import { INBOUND_PREFIX } from "#shared/settings";
import { TABLE_NAME } from "#shared/table-name";
import type { caseNotes } from "./case-notes";
import { verdictsOf } from "./mail-authentication";
import { type InboundMailResult, processInboundMail } from "./process-mail";
import { replyAddressKey } from "./reply-address-key";
import { threadOnce } from "./thread-once";

const config = readConfig(z.object({ INBOUND_PREFIX }));

const table = { db: documentClient, tableName: TABLE_NAME };
const replyKey = replyAddressKey();

/** Threads one received message into its case with `cases`' operations. */
async function threadReply(record: SESEventRecord, cases: ReturnType<typeof caseNotes>) {
  const raw = await readFile(`${config.INBOUND_PREFIX}${record.ses.mail.messageId}`);
  return processInboundMail(
    raw,
    {
      secret: await replyKey(),
      ...cases,
      now: () => new Date().toISOString(),
    },
    // A Bcc'd reply address appears only in the envelope.
    { recipients: record.ses.receipt.recipients, verdicts: verdictsOf(record.ses.receipt) },
  );
}

/** Counted once per message: a replayed delivery is not counted again. */
function countOutcome(result: InboundMailResult): void {
  if (result.outcome === "applied") countBusinessEvent("customerReplies", { via: "email" });
  if (result.outcome === "applied" && result.statusAfter === "resolved") {
    countBusinessEvent("resolvedByCustomer", { via: "email" });
  }
  if ("verdicts" in result) countBusinessEvent("inboundMailRefused", { reason: result.reason });
}

/**
 * SES receiving stores each message in the files bucket, then invokes this with its id; the
 * message is threaded into its case, once however often SES or a retry hands it over (see
 * thread-once.ts). Drops (mail SES's verdicts do not vouch for, strangers, unknown cases,
 * auto-replies, garbage) are logged and end here; only outages throw, so the invocation is
 * retried and finally reaches the on-failure destination.
 */
async function threadReplies(event: SESEvent): Promise<void> {
  for (const record of event.Records) {
    const { messageId } = record.ses.mail;
    logger.appendKeys({ messageId, caseNumber: undefined });
    const threaded = await threadOnce(table, messageId, (cases) => threadReply(record, cases));
    if (!threaded.replayed) countOutcome(threaded.result);
    const { caseNumber, ...outcome } = threaded.outcome;
    // The outcome and the case, no message text or addresses: enough to troubleshoot (DOMAIN.md section 7).
    logger.appendKeys({ caseNumber });
    logger.info("inbound mail", threaded.replayed ? { ...outcome, replayed: true } : outcome);
  }
}

export const handler = middy<SESEvent, void>().use(observedInvocations()).handler(threadReplies);
