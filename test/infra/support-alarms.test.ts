import { describe, expect, it } from "vitest";
import { DEFAULT_ALARM_THRESHOLDS } from "#infra/constructs/support-alarms";
import { EMAIL_METRICS_DIMENSION } from "#infra/constructs/support-email";
import { BUSINESS_METRICS, METRICS_NAMESPACE } from "#shared/metric-names";
import { template, useSynthesizedStacks, withOptions } from "./stack-synth";
import {
  alarmsByName,
  consumerFunctionId,
  followUpStateMachine,
  logicalIdOf,
  only,
  resources,
} from "./template-queries";

useSynthesizedStacks();

describe("alarms", () => {
  const alarm = (name: string) => {
    const found = alarmsByName(template)[`support-center-test-${name}`];
    expect(found, name).toBeDefined();
    return found!;
  };
  const idOfFunction = (prefix: string) => {
    const [id] = resources("AWS::Lambda::Function")
      .map(([functionId]) => functionId)
      .filter((functionId) => functionId.startsWith(prefix));
    return id;
  };

  it("are exactly these, each on the topic, with nothing happening counted as OK", () => {
    const topicId = logicalIdOf("AWS::SNS::Topic");
    const alarms = alarmsByName(template);
    expect(Object.keys(alarms).sort()).toEqual(
      [
        "api-server-errors",
        "due-times-without-holiday-schedule",
        "email-bounces",
        "email-complaints",
        "email-rendering-failures",
        "first-response-breaches",
        "follow-up-executions-aborted-surge",
        "follow-up-executions-failed",
        "follow-up-executions-timed-out",
        "inbound-mail-dead-letters",
        "inbound-mail-errors",
        "lambda-throttles",
        "release-available-errors",
        "release-notices-failed",
        "stream-consumer-errors",
        "stream-dead-letters",
      ].map((name) => `support-center-test-${name}`),
    );
    for (const [name, properties] of Object.entries(alarms)) {
      expect(properties, name).toMatchObject({
        AlarmActions: [{ Ref: topicId }],
        TreatMissingData: "notBreaching",
        EvaluationPeriods: 1,
        AlarmDescription: expect.stringMatching(/.{30,}/),
      });
    }
  });

  it("fire on any failed or timed-out follow-up execution, and on a surge of aborted ones", () => {
    const stateMachine = [{ Name: "StateMachineArn", Value: { Ref: followUpStateMachine()[0] } }];
    for (const [name, metricName] of [
      ["follow-up-executions-failed", "ExecutionsFailed"],
      ["follow-up-executions-timed-out", "ExecutionsTimedOut"],
    ] as const) {
      expect(alarm(name)).toMatchObject({
        Namespace: "AWS/States",
        MetricName: metricName,
        Dimensions: stateMachine,
        Statistic: "Sum",
        Period: 300,
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
      });
    }
    expect(alarm("follow-up-executions-aborted-surge")).toMatchObject({
      Namespace: "AWS/States",
      MetricName: "ExecutionsAborted",
      Dimensions: stateMachine,
      Statistic: "Sum",
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.abortedFollowUpsPerHour,
      ComparisonOperator: "GreaterThanThreshold",
    });
  });

  it("watch API 5xx responses, each asynchronous consumer's errors, and the region's Lambda throttles", () => {
    expect(alarm("api-server-errors")).toMatchObject({
      Namespace: "AWS/ApiGateway",
      MetricName: "5xx",
      Dimensions: [{ Name: "ApiId", Value: { Ref: logicalIdOf("AWS::ApiGatewayV2::Api") } }],
      Statistic: "Sum",
      Period: 300,
      Threshold: DEFAULT_ALARM_THRESHOLDS.api5xxPer5Minutes,
    });
    for (const [name, functionId] of [
      ["stream-consumer-errors", consumerFunctionId()],
      ["inbound-mail-errors", idOfFunction("InboundMailInboundMailFunction")],
    ] as const) {
      expect(alarm(name)).toMatchObject({
        Namespace: "AWS/Lambda",
        MetricName: "Errors",
        Dimensions: [{ Name: "FunctionName", Value: { Ref: functionId } }],
        Threshold: DEFAULT_ALARM_THRESHOLDS.consumerErrorsPer5Minutes,
      });
    }
    const throttles = alarm("lambda-throttles");
    expect(throttles).toMatchObject({ Namespace: "AWS/Lambda", MetricName: "Throttles", Threshold: 1 });
    // The whole region: concurrency is one pool for every function of the account.
    expect(throttles.Dimensions).toBeUndefined();
  });

  it("fire as soon as any dead-letter queue holds a message, for every queue of the stack", () => {
    const queueIds = resources("AWS::SQS::Queue").map(([id]) => id);
    expect(queueIds).toHaveLength(2);
    const watched = ["stream-dead-letters", "inbound-mail-dead-letters"].map((name) => {
      const properties = alarm(name);
      expect(properties, name).toMatchObject({
        Namespace: "AWS/SQS",
        MetricName: "ApproximateNumberOfMessagesVisible",
        Statistic: "Maximum",
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
      });
      return (properties.Dimensions as { Value: { "Fn::GetAtt": [string, string] } }[])[0]!.Value[
        "Fn::GetAtt"
      ][0];
    });
    expect(watched.sort()).toEqual(queueIds.sort());
  });

  it("watch bounces, complaints and rendering failures through the configuration set's CloudWatch destination", () => {
    const configurationSetId = logicalIdOf("AWS::SES::ConfigurationSet");
    const dimensions = [{ Name: EMAIL_METRICS_DIMENSION, Value: { Ref: configurationSetId } }];
    expect(alarm("email-bounces")).toMatchObject({
      Namespace: "AWS/SES",
      MetricName: "Bounce",
      Dimensions: dimensions,
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.sesBouncesPerHour,
    });
    expect(alarm("email-complaints")).toMatchObject({
      Namespace: "AWS/SES",
      MetricName: "Complaint",
      Dimensions: dimensions,
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.sesComplaintsPerHour,
    });
    expect(alarm("email-rendering-failures")).toMatchObject({ MetricName: "RenderingFailure", Threshold: 1 });
    const [, destination] = only("AWS::SES::ConfigurationSetEventDestination");
    expect(destination.Properties).toEqual({
      ConfigurationSetName: { Ref: configurationSetId },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: expect.arrayContaining([
          "send",
          "delivery",
          "bounce",
          "complaint",
          "renderingFailure",
        ]),
        CloudWatchDestination: {
          DimensionConfigurations: [
            {
              DimensionName: EMAIL_METRICS_DIMENSION,
              DimensionValueSource: "messageTag",
              DefaultDimensionValue: { Ref: configurationSetId },
            },
          ],
        },
      },
    });
  });

  it("fire on a first-response breach, from the total the functions publish", () => {
    expect(alarm("first-response-breaches")).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: BUSINESS_METRICS.firstResponseBreaches.name,
      // The stage's own service name: another stage's breaches never fire this one.
      Dimensions: [{ Name: "service", Value: "support-center-test" }],
      Statistic: "Sum",
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.firstResponseBreachesPerHour,
    });
  });

  it("fire when a due time was counted through a year without a holiday schedule", () => {
    expect(alarm("due-times-without-holiday-schedule")).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: BUSINESS_METRICS.dueWithoutHolidaySchedule.name,
      Dimensions: [{ Name: "service", Value: "support-center-test" }],
      Statistic: "Sum",
      Threshold: 1,
    });
  });

  it("take thresholds from the stack's options, keeping the defaults for the rest", () => {
    const alarms = alarmsByName(withOptions);
    const threshold = (name: string) => alarms[`support-center-test-${name}`]?.Threshold;
    expect(threshold("follow-up-executions-aborted-surge")).toBe(200);
    expect(threshold("api-server-errors")).toBe(20);
    expect(threshold("email-bounces")).toBe(DEFAULT_ALARM_THRESHOLDS.sesBouncesPerHour);
  });
});
