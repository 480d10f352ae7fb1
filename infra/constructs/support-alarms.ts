import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import {
  businessTotal,
  FIVE_MINUTES,
  type MonitoredSystem,
  ONE_HOUR,
  regionalLambdaMetric,
} from "./monitoring";

/** The thresholds an operator may tune per stage (CDK context, see infra/app.ts and the README). */
export interface AlarmThresholds {
  /** API responses with a 5xx status within 5 minutes. */
  api5xxPer5Minutes: number;
  /** Failed invocations of one asynchronous consumer within 5 minutes. */
  consumerErrorsPer5Minutes: number;
  /** Aborted follow-up executions within an hour: more is a surge, not customers answering. */
  abortedFollowUpsPerHour: number;
  /** Hard bounces of the configuration set's mail within an hour. */
  sesBouncesPerHour: number;
  /** Spam complaints about the configuration set's mail within an hour. */
  sesComplaintsPerHour: number;
  /** First responses given after their due time (FirstResponseBreaches) within an hour. */
  firstResponseBreachesPerHour: number;
}

export const DEFAULT_ALARM_THRESHOLDS: AlarmThresholds = {
  // Bad input is a 4xx by design, so a 5xx is a bug or an outage; a few in 5 minutes rules
  // out a single cold-start timeout.
  api5xxPer5Minutes: 5,
  // Each failure is retried (stream: bisected; inbound mail: twice); what is finally lost
  // lands in a dead-letter queue, which alarms on its own. This one says "struggling".
  consumerErrorsPer5Minutes: 5,
  // Customers answer at a human pace: a support center with a few hundred open cases sees a
  // handful of answers an hour. Fifty stopped sequences in one hour means something stops
  // them wholesale (a consumer bug reading every case change as an answer, a bulk script).
  abortedFollowUpsPerHour: 50,
  // A bounce is a customer who did not get a case e-mail; a few an hour is a bad address
  // list or a sending problem, and SES reviews accounts at a 5% bounce rate.
  sesBouncesPerHour: 3,
  // SES reviews accounts at a 0.1% complaint rate: every complaint matters.
  sesComplaintsPerHour: 1,
  // Each breach is a missed contractual first-response target.
  firstResponseBreachesPerHour: 1,
};

export interface SupportAlarmsProps {
  stage: string;
  monitored: MonitoredSystem;
  /** Subscribed to the alarm topic when given (SNS mails a confirmation link first). */
  alarmEmail?: string;
  /** Overrides of DEFAULT_ALARM_THRESHOLDS. */
  thresholds?: Partial<AlarmThresholds>;
}

interface AlarmSpec {
  metric: IMetric;
  description: string;
  threshold: number;
  /** "at least" (default) or "more than" the threshold. */
  above?: boolean;
}

/**
 * What operators must hear about, on one SNS topic. Every alarm counts events, so a period
 * without data means nothing happened (missing data is not breaching).
 *
 * Lambda errors and throttles with ~40 functions: one alarm per function and metric would be
 * ~80 alarms (each billed), and an alarm's metric math may combine at most ten metrics, so no
 * single "all functions" sum exists. Instead:
 * - route functions: their failures reach callers as 5xx responses (unhandled errors, init
 *   failures, timeouts, throttles; and errors the error middleware turns into problem+json
 *   500s never count as Lambda errors at all), so the API 5xx alarm is the complete signal;
 * - asynchronous consumers (stream consumer, inbound mail): no caller sees their failures,
 *   so each has its own errors alarm, ahead of its dead-letter queue;
 * - throttles: one alarm on the region's Throttles metric: concurrency is one regional pool,
 *   so any throttle there is ours to know about, and the dashboard shows which function.
 */
export class SupportAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly thresholds: AlarmThresholds;
  private readonly stage: string;

  constructor(scope: Construct, id: string, props: SupportAlarmsProps) {
    super(scope, id);
    this.stage = props.stage;
    this.thresholds = { ...DEFAULT_ALARM_THRESHOLDS, ...props.thresholds };
    const { monitored } = props;
    const t = this.thresholds;
    this.topic = new Topic(this, "Topic", {
      displayName: `Support center ${props.stage} alarms`,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const followUps = monitored.followUps;
    this.add("FollowUpExecutionsFailed", {
      metric: followUps.metricFailed({ period: FIVE_MINUTES, statistic: "Sum" }),
      description:
        "A follow-up execution failed: an e-mail could not be sent (the case records why as followUpFailure).",
      threshold: 1,
    });
    this.add("FollowUpExecutionsTimedOut", {
      metric: followUps.metricTimedOut({ period: FIVE_MINUTES, statistic: "Sum" }),
      description: "A follow-up execution timed out: its sequence ended without its last e-mail.",
      threshold: 1,
    });
    // Aborting is normal: a customer's answer stops the sequence. A ratio to started
    // executions does not work here: an execution aborted today started up to ten days ago,
    // and a quiet hour with one answer and no start would alarm. A count per hour above what
    // customers can produce catches the abnormal case: something stopping sequences wholesale.
    this.add("FollowUpExecutionsAbortedSurge", {
      metric: followUps.metricAborted({ period: ONE_HOUR, statistic: "Sum" }),
      description: `More than ${t.abortedFollowUpsPerHour} follow-up executions were aborted in an hour: far more than customers answering; check the stream consumer and who calls StopExecution.`,
      threshold: t.abortedFollowUpsPerHour,
      above: true,
    });
    this.add("ReleaseNoticesFailed", {
      metric: monitored.releaseNotices.metricFailed({ period: FIVE_MINUTES, statistic: "Sum" }),
      description:
        "A release-notices run stopped before every owner was handled (GET /admin/releases/…/notices shows how far it got): redrive it or start another run; claims keep each owner to one notice.",
      threshold: 1,
    });
    this.add("ApiServerErrors", {
      metric: monitored.httpApi.metricServerError({ period: FIVE_MINUTES, statistic: "Sum" }),
      description: `At least ${t.api5xxPer5Minutes} API responses with a 5xx status in 5 minutes: a handler fails or a backing service is down (access logs: status and integrationError).`,
      threshold: t.api5xxPer5Minutes,
    });
    for (const [name, fn] of Object.entries(monitored.asyncConsumers)) {
      this.add(`${name}Errors`, {
        metric: fn.metricErrors({ period: FIVE_MINUTES, statistic: "Sum" }),
        description: `The ${name} function failed at least ${t.consumerErrorsPer5Minutes} times in 5 minutes; it retries, and what it gives up on lands in its dead-letter queue.`,
        threshold: t.consumerErrorsPer5Minutes,
      });
    }
    this.add("LambdaThrottles", {
      metric: regionalLambdaMetric("Throttles"),
      description:
        "Lambda throttled invocations in this region (account concurrency is shared): API calls fail with 5xx and consumers fall behind. The dashboard shows which function.",
      threshold: 1,
    });
    for (const [name, queue] of Object.entries(monitored.deadLetters)) {
      this.add(`${name}DeadLetters`, {
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: FIVE_MINUTES,
          statistic: "Maximum",
        }),
        description: `Messages wait in the ${name} dead-letter queue: something was given up on (a follow-up may not have started or stopped, or a customer's e-mail is not in its case). Inspect and replay them.`,
        threshold: 1,
      });
    }
    this.add("EmailBounces", {
      metric: monitored.email.metric("Bounce", { period: ONE_HOUR }),
      description: `At least ${t.sesBouncesPerHour} e-mails bounced in an hour: customers are not getting case mail; SES reviews the account at a 5% bounce rate.`,
      threshold: t.sesBouncesPerHour,
    });
    this.add("EmailComplaints", {
      metric: monitored.email.metric("Complaint", { period: ONE_HOUR }),
      description: `At least ${t.sesComplaintsPerHour} recipients marked our e-mail as spam in an hour; SES reviews the account at a 0.1% complaint rate.`,
      threshold: t.sesComplaintsPerHour,
    });
    this.add("EmailRenderingFailures", {
      metric: monitored.email.metric("RenderingFailure"),
      description:
        "An e-mail template failed to render: SES accepted the send, so the case shows the e-mail as sent, but it never left.",
      threshold: 1,
    });
    this.add("FirstResponseBreaches", {
      metric: businessTotal("firstResponseBreaches", this.stage, { period: ONE_HOUR }),
      description: `At least ${t.firstResponseBreachesPerHour} first responses came after their due time in an hour (see the agent queue).`,
      threshold: t.firstResponseBreachesPerHour,
    });
    // The holiday package ends at a year; the next year's schedule is announced in about November.
    this.add("DueTimesWithoutHolidaySchedule", {
      metric: businessTotal("dueWithoutHolidaySchedule", this.stage, { period: ONE_HOUR }),
      description:
        "A case's first-response due time was counted through a year with no official holiday schedule (weekdays all counted as workdays): load that year with PUT /admin/calendars/cn/{year}.",
      threshold: 1,
    });
  }

  private add(id: string, spec: AlarmSpec): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: `support-center-${this.stage}-${kebab(id)}`,
      metric: spec.metric,
      alarmDescription: spec.description,
      threshold: spec.threshold,
      comparisonOperator: spec.above
        ? ComparisonOperator.GREATER_THAN_THRESHOLD
        : ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }
}

function kebab(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
