import { describe, expect, it } from "vitest";
import { ACCESS_LOG_FIELDS } from "#infra/constructs/support-api";
import { powertoolsEnvironment } from "#infra/constructs/support-function";
import { METRICS_NAMESPACE } from "#shared/metric-names";
import { ACCOUNT, REGION, useSynthesizedStacks } from "./stack-synth";
import {
  asList,
  followUpStateMachine,
  getAtt,
  logicalIdOf,
  only,
  ownFunctions,
  resources,
  roleOfFunction,
  type Statement,
  statementsOfRole,
} from "./template-queries";

useSynthesizedStacks();

describe("observability", () => {
  it("traces every function and configures Powertools", () => {
    for (const [id, fn] of ownFunctions()) {
      expect(fn.Properties, id).toMatchObject({
        TracingConfig: { Mode: "Active" },
        Environment: { Variables: expect.objectContaining(powertoolsEnvironment("test")) },
      });
      const xray = statementsOfRole(roleOfFunction(id)).flatMap((s) => asList(s.Action));
      expect(xray, id).toEqual(expect.arrayContaining(["xray:PutTraceSegments", "xray:PutTelemetryRecords"]));
    }
    expect(powertoolsEnvironment("test")).toEqual({
      POWERTOOLS_SERVICE_NAME: "support-center-test",
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      POWERTOOLS_LOG_LEVEL: "INFO",
    });
  });

  it("keeps every log group for a year, encrypted with one rotating key: functions, API access, executions", () => {
    const keyId = logicalIdOf("AWS::KMS::Key");
    const logGroups = resources("AWS::Logs::LogGroup");
    // One per function, the API's access log, and one per state machine.
    expect(logGroups).toHaveLength(resources("AWS::Lambda::Function").length + 3);
    for (const [id, logGroup] of logGroups) {
      expect(logGroup.Properties, id).toMatchObject({ RetentionInDays: 365, KmsKeyId: getAtt(keyId, "Arn") });
    }
    const stage = only("AWS::ApiGatewayV2::Stage")[1].Properties as {
      AccessLogSettings: { DestinationArn: unknown };
    };
    const stateMachine = followUpStateMachine()[1].Properties as {
      LoggingConfiguration: { Destinations: { CloudWatchLogsLogGroup: { LogGroupArn: unknown } }[] };
    };
    const logGroupIds = new Set(logGroups.map(([id]) => id));
    const referenced = (value: unknown) => (value as { "Fn::GetAtt": [string] })["Fn::GetAtt"][0];
    expect(logGroupIds.has(referenced(stage.AccessLogSettings.DestinationArn))).toBe(true);
    expect(
      logGroupIds.has(
        referenced(stateMachine.LoggingConfiguration.Destinations[0]!.CloudWatchLogsLogGroup.LogGroupArn),
      ),
    ).toBe(true);

    const [, key] = only("AWS::KMS::Key");
    expect(key.Properties.EnableKeyRotation).toBe(true);
    const keyStatements = (key.Properties.KeyPolicy as { Statement: (Statement & { Principal: unknown })[] })
      .Statement;
    expect(keyStatements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: `logs.${REGION}.amazonaws.com` },
        Condition: {
          ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:*` },
        },
      }),
    );
  });

  it("logs API requests as JSON without who sent them: no IP address, no user agent", () => {
    const [, stage] = only("AWS::ApiGatewayV2::Stage");
    const format = (stage.Properties.AccessLogSettings as { Format: string }).Format;
    const fields = JSON.parse(format) as Record<string, string>;
    expect(fields).toEqual(ACCESS_LOG_FIELDS);
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(["requestId", "routeKey", "status", "latencyMs", "integrationError"]),
    );
    expect(format).not.toMatch(/\$context\.identity|userAgent|sourceIp/);
  });
});
