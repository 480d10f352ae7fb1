import { ExecutionAlreadyExists, StartExecutionCommand } from "@aws-sdk/client-sfn";
import middy from "@middy/core";
import * as z from "zod/mini";
import { licenseRepository } from "#repositories/license-repository";
import { noticeSubscriptionRepository } from "#repositories/notice-subscription-repository";
import { type ReleaseRecord, releaseRepository } from "#repositories/release-repository";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { logger, observedInvocations } from "#shared/observability";
import { NOTICE_CONCURRENCY, NOTICE_PAGE_SIZE, NOTICES_STATE_MACHINE_ARN } from "#shared/settings";
import { stepFunctions } from "#shared/sfn-client";
import { TABLE_NAME } from "#shared/table-name";
import {
  noticeRunName,
  type ReleaseNotice,
  type ReleaseNoticesInput,
  releaseIdOf,
  releaseOfFileKey,
} from "./release-notices";

const config = readConfig(z.object({ NOTICES_STATE_MACHINE_ARN, NOTICE_PAGE_SIZE, NOTICE_CONCURRENCY }));

const releases = releaseRepository(documentClient, TABLE_NAME);
const licenses = licenseRepository(documentClient, TABLE_NAME);
const subscriptions = noticeSubscriptionRepository(documentClient, TABLE_NAME);

/**
 * The product's name as the license catalog spells it (releases carry only the product id): read
 * from the first subscriber's license, once per release. Without subscribers nobody is mailed.
 */
async function productName(productId: string): Promise<string> {
  const page = await subscriptions.subscribersPage(productId, 1);
  const serial = [...(page?.items[0]?.serials ?? [])][0];
  const license = serial ? await licenses.load(serial) : undefined;
  return license?.productName ?? productId;
}

export async function releaseNotice(release: ReleaseRecord): Promise<ReleaseNotice> {
  return {
    releaseId: releaseIdOf(release),
    productId: release.productId,
    productName: await productName(release.productId),
    version: release.version,
    build: release.build,
    sizeBytes: release.sizeBytes,
    releasedOn: release.releasedOn,
    // A release published before notes were structured: its one note is what's new.
    whatsNew: release.whatsNew ?? release.notes,
    knownIssues: release.knownIssues ?? "",
    installationNotes: release.installationNotes ?? "",
  };
}

/** Starts one run of the release's notices; a duplicate event finds the run already there. */
async function startNotices(release: ReleaseRecord): Promise<void> {
  const input: ReleaseNoticesInput = {
    release: await releaseNotice(release),
    settings: { pageSize: config.NOTICE_PAGE_SIZE, concurrency: config.NOTICE_CONCURRENCY },
    cursor: null,
  };
  const name = noticeRunName(input.release.releaseId);
  try {
    await stepFunctions.send(
      new StartExecutionCommand({
        stateMachineArn: config.NOTICES_STATE_MACHINE_ARN,
        name,
        input: JSON.stringify(input),
      }),
    );
    logger.info("release notices started", { executionName: name });
  } catch (error) {
    if (!(error instanceof ExecutionAlreadyExists)) throw error;
    logger.info("release notices already started", { executionName: name });
  }
}

/**
 * S3's "Object Created" event, as the bucket sends it to EventBridge (no notification custom
 * resource needed in CDK, and one rule filters it to releases/).
 */
export const ObjectCreatedEvent = z.object({
  "detail-type": z.literal("Object Created"),
  detail: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({ key: z.string(), size: z.optional(z.number()) }),
  }),
});
export type ObjectCreatedEvent = z.infer<typeof ObjectCreatedEvent>;

/** A release's file is uploaded: the release is available, and its owners hear of it. */
async function releaseAvailable(event: unknown): Promise<void> {
  // Release file names are plain ([\w.-]), so the key reads the same encoded or not.
  const key = decodeURIComponent(ObjectCreatedEvent.parse(event).detail.object.key);
  const file = releaseOfFileKey(key);
  if (!file) {
    logger.warn("not a release file; ignored", { key });
    return;
  }
  const release = await releases.load(file.productId, file.version, file.build);
  // A file uploaded for a release that was never published, or replaced under another name.
  if (!release || release.fileKey !== key) {
    logger.warn("no published release has this file; ignored", { key });
    return;
  }
  await startNotices(release);
}

export const handler = middy<unknown, void>().use(observedInvocations()).handler(releaseAvailable);
