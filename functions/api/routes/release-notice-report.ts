import { NoticeReportView } from "../responses/admin";
import { ReleasePath } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const releaseNoticeReportRoute = {
  method: "GET",
  path: "/admin/releases/{productId}/{version}/{build}/notices",
  groups: ["admin"],
  entry: "functions/api/admin/release-notice-report.ts",
  summary: "How a release's notices went: sent, skipped as unsubscribed, failed",
  params: ReleasePath,
  needs: { table: "read" },
  tags: ["admin"],
  description:
    "Once a release's file is uploaded, every owner who opted in to the product's notices gets one e-mail (exactly one, whatever retries happen). This is the release's report: the run's status and how many notices were sent, skipped (unsubscribed before their turn) and failed (SES refused or kept throttling them; a later run sends them). `not-started` until the file is uploaded. 404 for a release that was never published.",
  responses: { 200: { description: "The release's notice report", body: NoticeReportView } },
  problems: [404],
} as const satisfies RouteDefinition;
