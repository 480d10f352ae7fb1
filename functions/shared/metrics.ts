import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { BUSINESS_METRICS, type BusinessMetric, METRICS_NAMESPACE } from "./metric-names";
import { serviceName } from "./observability";

/**
 * Business metrics as CloudWatch embedded-metric log lines (Powertools): no API call on the
 * request path, and the same line is readable in the local logs.
 */
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName });

type Breakdown<M extends BusinessMetric> = Record<(typeof BUSINESS_METRICS)[M]["breakdown"][number], string>;

let single: Metrics | undefined;

/** Counts one occurrence, as a total and by the metric's breakdown (see metric-names.ts). */
export function countBusinessEvent<M extends BusinessMetric>(metric: M, breakdown: Breakdown<M>): void {
  // One single-metric instance for all counts: each addMetric publishes its line and clears the
  // dimensions, and making an instance per count cost ~0.1 ms (it builds a Console of its own).
  single ??= metrics.singleMetric();
  // An empty set publishes the `service` dimension alone: the total an alarm can watch.
  single.addDimensions({});
  if (Object.keys(breakdown).length > 0) single.addDimensions(breakdown);
  single.addMetric(BUSINESS_METRICS[metric].name, MetricUnit.Count, 1);
}
