import { SESv2Client, SESv2ServiceException, SendEmailCommand } from "@aws-sdk/client-sesv2";
import middy from "@middy/core";
import * as z from "zod/mini";
import { noticeClaimRepository } from "#repositories/notice-claim-repository";
import { profileRepository } from "#repositories/profile-repository";
import { tracedClient } from "#shared/aws-call-traces";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { countBusinessEvent } from "#shared/metrics";
import { errorSummary, logger, observedInvocations } from "#shared/observability";
import { CONFIGURATION_SET_NAME, PORTAL_URL, SENDER_ADDRESS, VENDOR_NAME } from "#shared/settings";
import { TABLE_NAME } from "#shared/table-name";
import { noticeEmail, unsubscribeLinks } from "./notice-mail";
import { type NoticeOutcome, NoticeTask, NoticeThrottled } from "./release-notices";
import { unsubscribeToken } from "./unsubscribe-token";
import { unsubscribeTokenKey } from "./unsubscribe-token-key";

// PORTAL_URL: downloads, the unsubscribe page, and /api/ on its origin.
const config = readConfig(z.object({ SENDER_ADDRESS, CONFIGURATION_SET_NAME, VENDOR_NAME, PORTAL_URL }));

// One attempt per call: throttling goes back to the state machine, whose Retry backs off with jitter.
const ses = tracedClient(new SESv2Client({ maxAttempts: 1 }));
const claims = noticeClaimRepository(documentClient, TABLE_NAME);
const profiles = profileRepository(documentClient, TABLE_NAME);
const tokenKey = unsubscribeTokenKey();

/** SES's answers that mean "slow down": nothing was sent, and the same mail may go later. */
const THROTTLING = new Set(["TooManyRequestsException", "LimitExceededException", "ThrottlingException"]);

type SendFailure = "throttled" | "refused" | "in-doubt";

/** Whether SES surely did not send: a 4xx answer did not; a 5xx or no answer may have. */
function sendFailure(error: unknown): SendFailure {
  if (!(error instanceof SESv2ServiceException)) return "in-doubt";
  if (THROTTLING.has(error.name) || error.$metadata.httpStatusCode === 429) return "throttled";
  const status = error.$metadata.httpStatusCode ?? 500;
  return status >= 400 && status < 500 ? "refused" : "in-doubt";
}

/**
 * One owner's notice of one release, exactly once: claimed (still subscribed, and nobody sent it
 * before), then sent in the owner's language with one-click unsubscribe headers, then marked sent.
 */
async function sendReleaseNotice(event: unknown): Promise<{ outcome: NoticeOutcome }> {
  const { release, ownerId } = NoticeTask.parse(event);
  logger.appendKeys({ releaseId: release.releaseId, ownerId });
  const recipient = { releaseId: release.releaseId, productId: release.productId, ownerId };
  const outcome = await claimAndSend(recipient, release);
  countBusinessEvent("releaseNotices", { outcome });
  return { outcome };
}

async function claimAndSend(
  recipient: { releaseId: string; productId: string; ownerId: string },
  release: NoticeTask["release"],
): Promise<NoticeOutcome> {
  const now = new Date().toISOString();
  const claim = await claims.claim(recipient, now);
  if (claim === "taken") return "already-claimed";
  if (claim === "unsubscribed") {
    return (await claims.recordSkipped(recipient, now)) ? "skipped-unsubscribed" : "already-claimed";
  }
  const profile = await profiles.load(recipient.ownerId);
  if (!profile) {
    await claims.markFailed(recipient, now, "no-profile");
    return "failed";
  }
  const token = unsubscribeToken(
    { ownerId: recipient.ownerId, productId: release.productId },
    await tokenKey(),
  );
  const mail = noticeEmail({
    release,
    recipient: profile,
    links: unsubscribeLinks(config.PORTAL_URL, token),
    portalUrl: config.PORTAL_URL,
    vendorName: config.VENDOR_NAME,
    senderAddress: config.SENDER_ADDRESS,
    configurationSetName: config.CONFIGURATION_SET_NAME,
  });
  let messageId: string;
  try {
    messageId = (await ses.send(new SendEmailCommand(mail))).MessageId ?? "";
  } catch (error) {
    const failure = sendFailure(error);
    logger.warn("release notice not sent", { failure, error: errorSummary(error) });
    // In doubt (a 5xx, a timeout): the claim stays "sending" and is never sent again.
    if (failure === "in-doubt") throw error;
    await claims.markFailed(recipient, new Date().toISOString(), errorSummary(error).name);
    if (failure === "throttled")
      throw new NoticeThrottled("SES throttled the notice; the state machine retries it");
    return "failed";
  }
  await claims.markSent(recipient, new Date().toISOString(), messageId);
  return "sent";
}

export const handler = middy<unknown, { outcome: NoticeOutcome }>()
  .use(observedInvocations())
  .handler(sendReleaseNotice);
