import { Duration } from "aws-cdk-lib";
import type { IHttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  type IMetric,
  MathExpression,
  Metric,
  type MetricOptions,
  SearchExpression,
} from "aws-cdk-lib/aws-cloudwatch";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import type { IStateMachine } from "aws-cdk-lib/aws-stepfunctions";
import {
  BUSINESS_METRICS,
  type BusinessMetric,
  METRICS_NAMESPACE,
  serviceNameFor,
} from "#shared/metric-names";
import type { SupportEmail } from "./support-email";

/** What the dashboard shows and the alarms watch: one description of the running system. */
export interface MonitoredSystem {
  httpApi: IHttpApi;
  /** One per route of the route table; their failures reach callers as API 5xx responses. */
  apiFunctions: readonly IFunction[];
  /** Functions invoked asynchronously, by display name: no caller sees their failures. */
  asyncConsumers: Readonly<Record<string, IFunction>>;
  followUps: IStateMachine;
  /** The release-notices fan-out (issue 15). */
  releaseNotices: IStateMachine;
  /** Dead-letter queues by display name: whatever lands there was given up on. */
  deadLetters: Readonly<Record<string, IQueue>>;
  email: SupportEmail;
}

export const FIVE_MINUTES = Duration.minutes(5);
export const ONE_HOUR = Duration.hours(1);

/**
 * A business metric's total in one stage: the series published with the `service` dimension
 * alone (functions/shared/metrics.ts), which an alarm can watch.
 */
export function businessTotal(metric: BusinessMetric, stage: string, options: MetricOptions = {}): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: BUSINESS_METRICS[metric].name,
    dimensionsMap: { service: serviceNameFor(stage) },
    statistic: "Sum",
    period: ONE_HOUR,
    ...options,
  });
}

/**
 * A business metric by its breakdown, for graphs: a SEARCH over the dimension set it is
 * published with (`service` plus its breakdown), one series per combination of values that
 * occurred. None for a metric without a breakdown.
 */
export function businessBreakdown(
  metric: BusinessMetric,
  stage: string,
  period = ONE_HOUR,
): SearchExpression | undefined {
  const { name, breakdown } = BUSINESS_METRICS[metric];
  if (breakdown.length === 0) return undefined;
  const schema = [METRICS_NAMESPACE, ...[...breakdown, "service"].sort()].join(",");
  return new SearchExpression({
    expression: `SEARCH('{${schema}} MetricName="${name}" service="${serviceNameFor(stage)}"', 'Sum', ${period.toSeconds()})`,
    // Series are labelled by their dimension values alone.
    label: "",
    period,
  });
}

/**
 * Lambda throttles of the whole region (no dimension). Concurrency is one regional pool of
 * the account: any throttle there can starve these functions, so this is the metric to watch,
 * and it is one metric for all ~40 functions.
 */
export function regionalLambdaMetric(
  metricName: "Throttles" | "ConcurrentExecutions",
  options: MetricOptions = {},
) {
  return new Metric({
    namespace: "AWS/Lambda",
    metricName,
    statistic: metricName === "Throttles" ? "Sum" : "Maximum",
    period: FIVE_MINUTES,
    ...options,
  });
}

/**
 * One series combining the same metric of many functions with a metric-math function
 * (`SUM` for counts, `MAX` for the slowest duration). For graphs only: an alarm may use at
 * most ten metrics.
 */
export function combined(
  fn: "SUM" | "MAX",
  label: string,
  metrics: readonly IMetric[],
  idPrefix: string,
  period = FIVE_MINUTES,
): MathExpression {
  const usingMetrics = Object.fromEntries(metrics.map((metric, index) => [`${idPrefix}${index}`, metric]));
  return new MathExpression({
    expression: `${fn}([${Object.keys(usingMetrics).join(",")}])`,
    usingMetrics,
    label,
    period,
  });
}
