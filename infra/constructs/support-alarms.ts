import { Duration } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import type { IStateMachine } from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";

export interface SupportAlarmsProps {
  stage: string;
  followUps: IStateMachine;
  streamDeadLetters: IQueue;
  /** Subscribed to the alarm topic when given (SNS mails a confirmation link first). */
  alarmEmail?: string;
}

const PERIOD = Duration.minutes(5);

/**
 * What operators must hear about: a follow-up e-mail that failed (the execution fails on
 * purpose, see the ASL) or timed out, and stream batches the consumer gave up on (a support
 * reply may be without its follow-up sequence). Aborted executions are normal: the customer
 * answered and the consumer stopped the sequence.
 */
export class SupportAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: SupportAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, "Topic", {
      displayName: `Support center ${props.stage} alarms`,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    this.alarmOnAny("FollowUpExecutionsFailed", props.followUps.metricFailed({ period: PERIOD }), {
      description: "A follow-up execution failed: an e-mail could not be sent (the case records why).",
    });
    this.alarmOnAny("FollowUpExecutionsTimedOut", props.followUps.metricTimedOut({ period: PERIOD }), {
      description: "A follow-up execution timed out.",
    });
    this.alarmOnAny(
      "StreamDeadLettersWaiting",
      props.streamDeadLetters.metricApproximateNumberOfMessagesVisible({
        period: PERIOD,
        statistic: "Maximum",
      }),
      { description: "The stream consumer gave up on a batch: a follow-up may not have started or stopped." },
    );
  }

  private alarmOnAny(id: string, metric: IMetric, options: { description: string }): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      alarmDescription: options.description,
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
