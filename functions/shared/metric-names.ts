/**
 * The business metrics: one list for the functions that publish them and for the dashboard
 * and alarms that read them. Each is published twice in one embedded-metric line: with the
 * `service` dimension alone (totals, which alarms can watch) and with its breakdown.
 */
export const METRICS_NAMESPACE = "SupportCenter";
export const SERVICE_NAME = "support-center";

export const BUSINESS_METRICS = {
  casesOpened: { name: "CasesOpened", breakdown: ["plan", "severity", "channel"] },
  supportReplies: { name: "SupportReplies", breakdown: [] },
  customerReplies: { name: "CustomerReplies", breakdown: ["via"] },
  followUpsSent: { name: "FollowUpsSent", breakdown: ["step"] },
  resolvedByCustomer: { name: "CasesResolvedByCustomer", breakdown: ["via"] },
  firstResponseBreaches: { name: "FirstResponseBreaches", breakdown: ["plan"] },
  entitlementRefusals: { name: "EntitlementRefusals", breakdown: ["reason"] },
  /** Inbound mail SES's verdicts do not vouch for (unauthenticated, spam, virus): dropped unread. */
  inboundMailRefused: { name: "InboundMailRefused", breakdown: ["reason"] },
  /** A due time counted through a year whose official holiday schedule is not loaded. */
  /** One owner's release notice: sent, skipped-unsubscribed, already-claimed or failed (issue 15). */
  releaseNotices: { name: "ReleaseNotices", breakdown: ["outcome"] },
  dueWithoutHolidaySchedule: { name: "DueTimesWithoutHolidaySchedule", breakdown: ["calendar", "year"] },
} as const;

export type BusinessMetric = keyof typeof BUSINESS_METRICS;

/**
 * The service name a deployed stage runs as (Powertools' `service` in logs, traces and metric
 * dimensions): two stages in one account and region keep their metrics and alarms apart.
 * Locally, with no stage, it is SERVICE_NAME.
 */
export function serviceNameFor(stage: string): string {
  return `${SERVICE_NAME}-${stage}`;
}
