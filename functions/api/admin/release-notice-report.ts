import { releaseIdOf } from "#notices/release-notices";
import { noticeClaimRepository } from "#repositories/notice-claim-repository";
import { documentClient } from "#shared/dynamodb-client";
import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { TABLE_NAME } from "#shared/table-name";
import { releases } from "../products/stores";
import { releaseNoticeReportRoute } from "../routes/release-notice-report";

const claims = noticeClaimRepository(documentClient, TABLE_NAME);

/** A release's notice report, for the admin console; zeros until its file is uploaded. */
export const handler = apiHandler(
  releaseNoticeReportRoute,
  async ({ path: { productId, version, build } }) => {
    const release = await releases.load(productId, version, build);
    if (!release)
      throw problems.notFound(`No release ${version} build ${build} of ${productId} was published.`);
    const report = await claims.report(releaseIdOf(release));
    const base = { productId, version, build };
    if (!report)
      return { status: 200, body: { ...base, status: "not-started", sent: 0, skipped: 0, failed: 0 } };
    return {
      status: 200,
      body: {
        ...base,
        status: report.status,
        sent: report.sent,
        skipped: report.skipped,
        failed: report.failed,
        startedAt: report.startedAt,
        finishedAt: report.finishedAt,
        run: report.lastRun,
        error: report.error,
      },
    };
  },
);
