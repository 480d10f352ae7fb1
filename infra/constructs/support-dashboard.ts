import { Duration } from "aws-cdk-lib";
import {
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IAlarm,
  type IMetric,
  type IWidget,
  SingleValueWidget,
  TextWidget,
} from "aws-cdk-lib/aws-cloudwatch";
import { Construct } from "constructs";
import { BUSINESS_METRICS, type BusinessMetric } from "#shared/metric-names";
import {
  businessBreakdown,
  businessTotal,
  combined,
  FIVE_MINUTES,
  type MonitoredSystem,
  ONE_HOUR,
  regionalLambdaMetric,
} from "./monitoring";
import type { EmailEventMetric } from "./support-email";

export interface SupportDashboardProps {
  stage: string;
  monitored: MonitoredSystem;
  alarms: readonly IAlarm[];
}

const FULL = 24;
const HALF = 12;
const THIRD = 8;
const HEIGHT = 6;

const EMAIL_EVENTS_SHOWN: EmailEventMetric[] = [
  "Send",
  "Delivery",
  "Bounce",
  "Complaint",
  "Reject",
  "RenderingFailure",
  "DeliveryDelay",
];

/**
 * One CloudWatch dashboard per stage, `support-center-<stage>`, top to bottom: alarm states;
 * the API; the functions; the follow-up executions and the dead-letter queues; e-mail; and
 * the business metrics, as totals and by their breakdowns.
 */
export class SupportDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: SupportDashboardProps) {
    super(scope, id);
    const { monitored } = props;
    this.dashboard = new Dashboard(this, "Dashboard", {
      dashboardName: `support-center-${props.stage}`,
      defaultInterval: Duration.days(1),
      widgets: [
        [
          new TextWidget({
            markdown: [
              `# Support center (${props.stage})`,
              "Alarms go to the SNS topic of the stack output `AlarmTopicArn`. Follow-up executions are in the Step Functions console (stack output `FollowUpExecutionsConsole`); API requests in the API's access log group (JSON, one line per request).",
            ].join("\n\n"),
            width: FULL,
            height: 3,
          }),
        ],
        [new AlarmStatusWidget({ title: "Alarms", alarms: [...props.alarms], width: FULL, height: 4 })],
        apiRow(monitored),
        lambdaRow(monitored),
        followUpRow(monitored),
        [emailWidget(monitored)],
        businessTotalsRow(props.stage),
        businessBreakdownRow(props.stage),
      ],
    });
  }
}

function graph(title: string, left: IMetric[], width = THIRD, right: IMetric[] = []): GraphWidget {
  return new GraphWidget({ title, left, right, width, height: HEIGHT, leftYAxis: { min: 0 } });
}

function apiRow({ httpApi }: MonitoredSystem): IWidget[] {
  const sum = { period: FIVE_MINUTES, statistic: "Sum" };
  return [
    graph("API requests", [httpApi.metricCount({ ...sum, label: "requests" })]),
    graph("API errors", [
      httpApi.metricClientError({ ...sum, label: "4xx" }),
      httpApi.metricServerError({ ...sum, label: "5xx" }),
    ]),
    graph("API latency (ms)", [
      httpApi.metricLatency({ period: FIVE_MINUTES, statistic: "p50", label: "p50" }),
      httpApi.metricLatency({ period: FIVE_MINUTES, statistic: "p99", label: "p99" }),
      httpApi.metricIntegrationLatency({ period: FIVE_MINUTES, statistic: "p99", label: "integration p99" }),
    ]),
  ];
}

/** Route functions combined into one line per metric, each asynchronous consumer on its own. */
function lambdaRow({ apiFunctions, asyncConsumers }: MonitoredSystem): IWidget[] {
  const consumers = Object.entries(asyncConsumers);
  const sum = (label: string) => ({ period: FIVE_MINUTES, statistic: "Sum", label });
  const p99 = (label: string) => ({ period: FIVE_MINUTES, statistic: "p99", label });
  return [
    graph("Lambda errors", [
      combined(
        "SUM",
        "route functions",
        apiFunctions.map((fn) => fn.metricErrors(sum(""))),
        "routeErrors",
      ),
      ...consumers.map(([name, fn]) => fn.metricErrors(sum(name))),
    ]),
    graph(
      "Lambda throttles",
      [
        combined(
          "SUM",
          "route functions",
          apiFunctions.map((fn) => fn.metricThrottles(sum(""))),
          "routeThrottles",
        ),
        ...consumers.map(([name, fn]) => fn.metricThrottles(sum(name))),
        regionalLambdaMetric("Throttles", { label: "whole region" }),
      ],
      THIRD,
      [regionalLambdaMetric("ConcurrentExecutions", { label: "concurrent executions (region)" })],
    ),
    graph("Lambda duration p99 (ms)", [
      combined(
        "MAX",
        "slowest route function",
        apiFunctions.map((fn) => fn.metricDuration(p99(""))),
        "routeDuration",
      ),
      ...consumers.map(([name, fn]) => fn.metricDuration(p99(name))),
    ]),
  ];
}

function followUpRow({ followUps, deadLetters }: MonitoredSystem): IWidget[] {
  const hourly = (label: string) => ({ period: ONE_HOUR, statistic: "Sum", label });
  return [
    graph(
      "Follow-up executions (per hour)",
      [
        followUps.metricStarted(hourly("started")),
        followUps.metricSucceeded(hourly("succeeded")),
        followUps.metricFailed(hourly("failed")),
        followUps.metricTimedOut(hourly("timed out")),
        followUps.metricAborted(hourly("aborted (customer answered)")),
      ],
      HALF,
    ),
    graph(
      "Dead-letter queues (messages waiting)",
      Object.entries(deadLetters).map(([name, queue]) =>
        queue.metricApproximateNumberOfMessagesVisible({
          period: FIVE_MINUTES,
          statistic: "Maximum",
          label: name,
        }),
      ),
      HALF,
    ),
  ];
}

function emailWidget({ email }: MonitoredSystem): IWidget {
  return graph(
    "E-mail (configuration set events per hour)",
    EMAIL_EVENTS_SHOWN.map((event) => email.metric(event, { period: ONE_HOUR, label: event })),
    FULL,
  );
}

const BUSINESS_KEYS = Object.keys(BUSINESS_METRICS) as BusinessMetric[];

function businessTotalsRow(stage: string): IWidget[] {
  return [
    new SingleValueWidget({
      title: "Business totals over the selected time range",
      metrics: BUSINESS_KEYS.map((key) => businessTotal(key, stage, { label: BUSINESS_METRICS[key].name })),
      setPeriodToTimeRange: true,
      width: HALF,
      height: HEIGHT,
    }),
    graph(
      "Business events (per hour)",
      BUSINESS_KEYS.map((key) => businessTotal(key, stage, { label: BUSINESS_METRICS[key].name })),
      HALF,
    ),
  ];
}

function businessBreakdownRow(stage: string): IWidget[] {
  return BUSINESS_KEYS.flatMap((key) => {
    const search = businessBreakdown(key, stage);
    if (!search) return [];
    const { name, breakdown } = BUSINESS_METRICS[key];
    return [graph(`${name} by ${breakdown.join(", ")} (per hour)`, [search])];
  });
}
