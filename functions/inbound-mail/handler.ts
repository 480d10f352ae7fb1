import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { captureLambdaHandler } from "@aws-lambda-powertools/tracer/middleware";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import middy from "@middy/core";
import type { SESEvent } from "aws-lambda";
import { z } from "zod/mini";
import { caseRepository } from "#repositories/case-repository";
import { documentClient } from "#shared/clients";
import { readConfig } from "#shared/config";
import { countBusinessEvent } from "#shared/metrics";
import { logger, tracer } from "#shared/observability";
import { processInboundMail } from "./process-mail";

const config = readConfig(
  z.object({
    TABLE_NAME: z.string().check(z.minLength(1)),
    FILES_BUCKET: z.string().check(z.minLength(3)),
    INBOUND_PREFIX: z._default(z.string(), "inbound/"),
    REPLY_ADDRESS_SECRET: z.string().check(z.minLength(16)),
    S3_FORCE_PATH_STYLE: z._default(z.stringbool(), false),
  }),
);

const s3 = tracer.captureAWSv3Client(new S3Client({ forcePathStyle: config.S3_FORCE_PATH_STYLE }));
const cases = caseRepository(documentClient, config.TABLE_NAME);

/**
 * SES receiving stores each message in the files bucket, then invokes this with its id; the
 * message is threaded into its case. Drops (strangers, unknown cases, auto-replies, garbage)
 * are logged and end here; only outages throw, so the invocation is retried and finally
 * reaches the dead-letter queue.
 */
async function threadReplies(event: SESEvent): Promise<void> {
  for (const record of event.Records) {
    const key = `${config.INBOUND_PREFIX}${record.ses.mail.messageId}`;
    logger.appendKeys({ messageKey: key, caseNumber: undefined });
    const stored = await s3.send(new GetObjectCommand({ Bucket: config.FILES_BUCKET, Key: key }));
    const raw = (await stored.Body?.transformToByteArray()) ?? new Uint8Array();
    const result = await processInboundMail(
      raw,
      {
        secret: config.REPLY_ADDRESS_SECRET,
        loadCase: cases.loadCase,
        recordCustomerNote: cases.recordCustomerNote,
        now: () => new Date().toISOString(),
      },
      // A Bcc'd reply address appears only in the envelope.
      { recipients: record.ses.receipt.recipients },
    );
    // The outcome and the case, no message text or addresses: enough to troubleshoot (DOMAIN.md section 7).
    const reason = result.outcome === "dropped" ? result.reason : undefined;
    logger.appendKeys({ caseNumber: result.caseNumber });
    logger.info("inbound mail", { outcome: result.outcome, reason });
    if (result.outcome === "applied" && result.statusAfter === "resolved") {
      countBusinessEvent("resolvedByCustomer", { via: "email" });
    }
  }
}

export const handler = middy<SESEvent, void>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(captureLambdaHandler(tracer))
  .handler(threadReplies);
