import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";

/**
 * Business metrics as CloudWatch embedded-metric log lines (Powertools): no API call on the
 * request path, and the same line is readable in the local logs.
 */
export const metrics = new Metrics({ namespace: "SupportCenter", serviceName: "support-center" });

/** A first response that came after its due time (DOMAIN.md section 4, acknowledgement time). */
export function countFirstResponseBreach(plan: string): void {
  const single = metrics.singleMetric();
  single.addDimension("plan", plan);
  single.addMetric("FirstResponseBreaches", MetricUnit.Count, 1);
}
