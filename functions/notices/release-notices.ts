import { createHash } from "node:crypto";
import * as z from "zod/mini";

/**
 * The contract between the release-notices state machine (statemachines/release-notices.asl.json)
 * and its functions: the execution input, each task's payload and answer, and the error names
 * its Retry and Catch fields match (test/unit/release-notices-asl.test.ts holds both to it).
 */

/** A release as its notice tells it; part of every per-owner task's input. */
export const ReleaseNotice = z.object({
  releaseId: z.string().check(z.minLength(1)),
  productId: z.string().check(z.minLength(1)),
  productName: z.string(),
  version: z.string(),
  build: z.number(),
  sizeBytes: z.number(),
  releasedOn: z.string(),
  whatsNew: z.string(),
  knownIssues: z.string(),
  installationNotes: z.string(),
});
export type ReleaseNotice = z.infer<typeof ReleaseNotice>;

/** How fast the fan-out goes: owners per page read, and notices in flight at once (SES's send rate). */
export const FanOutSettings = z.object({
  pageSize: z.int().check(z.gte(1), z.lte(1000)),
  concurrency: z.int().check(z.gte(1), z.lte(1000)),
});
export type FanOutSettings = z.infer<typeof FanOutSettings>;

/** The execution's input; `cursor` is null for the first page, and the ASL carries it on. */
export interface ReleaseNoticesInput {
  release: ReleaseNotice;
  settings: FanOutSettings;
  cursor: string | null;
}

/** "Read a page of subscribers": the product's next owners, and where the page after starts (null: none). */
export const SubscriberPageTask = z.object({
  productId: z.string(),
  pageSize: z.int().check(z.gte(1), z.lte(1000)),
  cursor: z.nullable(z.string()),
});
export interface SubscriberPage {
  ownerIds: string[];
  nextCursor: string | null;
}

/** "Send the notice": one owner of one release. */
export const NoticeTask = z.object({ release: ReleaseNotice, ownerId: z.string().check(z.minLength(1)) });
export type NoticeTask = z.infer<typeof NoticeTask>;

/** What became of one owner's notice in one run (a later run may find it `already-claimed`). */
export type NoticeOutcome = "sent" | "skipped-unsubscribed" | "already-claimed" | "failed";

/** The counters of a release's notice report, as the table holds them. */
export const REPORT_COUNTERS = ["sent", "skipped", "failed"] as const;
export type ReportCounter = (typeof REPORT_COUNTERS)[number];

/**
 * SES (or Lambda) throttled the send: the claim is released as failed and the state machine
 * retries with backoff and jitter; a later run sends what is left.
 */
export const NOTICE_THROTTLED = "NoticeThrottled";

export class NoticeThrottled extends Error {
  override name = NOTICE_THROTTLED;
}

/** "product/12.1/4711": one release of a product, the partition of its claims and report. */
export function releaseIdOf(release: { productId: string; version: string; build: number }): string {
  return `${release.productId}/${release.version}/${release.build}`;
}

const FILE_KEY = /^releases\/([a-z0-9-]{1,64})\/(\d+\.\d+)\/(\d+)\/[^/]+$/;

/** The release a files-bucket key belongs to (`releases/<product>/<version>/<build>/<file>`), if any. */
export function releaseOfFileKey(
  key: string,
): { productId: string; version: string; build: number } | undefined {
  const match = FILE_KEY.exec(key);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { productId: match[1], version: match[2], build: Number(match[3]) };
}

const MAX_NAME = 80;

/**
 * The execution of one run of a release's notices: derived from the release, so a duplicate
 * upload event finds the run already there (Step Functions keeps names unique per state
 * machine). A later run (`run` 2, 3, …, after a failed one) gets its own name; claims keep
 * every owner to one notice across runs. Long product ids are cut and a hash keeps names apart.
 */
export function noticeRunName(releaseId: string, run = 1): string {
  const suffix = run === 1 ? "" : `-run-${run}`;
  const readable = `notices-${releaseId.replace(/[^A-Za-z0-9-]/g, "_")}`;
  if (readable.length + suffix.length <= MAX_NAME) return `${readable}${suffix}`;
  const hash = createHash("sha256").update(releaseId).digest("hex").slice(0, 12);
  return `${readable.slice(0, MAX_NAME - suffix.length - hash.length - 1)}-${hash}${suffix}`;
}
