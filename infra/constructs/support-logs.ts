import { ArnFormat, Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import { AnyPrincipal, Effect, PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import { LogGroup, type LogGroupProps, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";

/**
 * How long every log group of the stack keeps its events: a year, long enough to investigate
 * what comes to light months later (and Control Tower's minimum). The lines name no IP
 * addresses or user agents, unlike the buckets' access logs, which S3 forgets after 90 days.
 */
export const LOG_RETENTION = RetentionDays.ONE_YEAR;

const LOGS_KEY_ID = "LogsKey";

/**
 * The one customer-managed key of the stack's log groups (function logs, API access logs,
 * state machine execution logs), created on first use. CloudWatch Logs always encrypts at
 * rest; a key of our own makes that explicit and ours to control: who may decrypt is in its
 * key policy, every use is in CloudTrail, and disabling it makes the logs unreadable. It
 * rotates yearly. The CloudWatch Logs service of this region may use it only for this
 * account's log groups (encryption context condition). Nobody may create a grant on it for
 * anything but an AWS resource or an AWS service (Control Tower CT.KMS.PR.3).
 */
export function logsKey(scope: Construct): Key {
  const stack = Stack.of(scope);
  const existing = stack.node.tryFindChild(LOGS_KEY_ID);
  if (existing instanceof Key) return existing;
  const key = new Key(stack, LOGS_KEY_ID, {
    description: `${stack.stackName}: encrypts the stack's CloudWatch log groups`,
    enableKeyRotation: true,
    // The log groups it encrypts are deleted with the stack; the key follows after the waiting period.
    removalPolicy: RemovalPolicy.DESTROY,
    pendingWindow: Duration.days(30),
  });
  key.addToResourcePolicy(
    new PolicyStatement({
      principals: [new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
      actions: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
      resources: ["*"],
      conditions: {
        ArnLike: {
          "kms:EncryptionContext:aws:logs:arn": stack.formatArn({
            service: "logs",
            resource: "log-group",
            resourceName: "*",
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        },
      },
    }),
  );
  key.addToResourcePolicy(
    new PolicyStatement({
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ["kms:CreateGrant"],
      resources: ["*"],
      conditions: {
        BoolIfExists: { "kms:GrantIsForAWSResource": "false", "aws:PrincipalIsAWSService": "false" },
      },
    }),
  );
  return key;
}

/**
 * A log group as every one in this stack is: a year's retention, encrypted with the stack's
 * logs key, deleted with the stack (operational logs; nothing to keep once the system is gone).
 */
export function supportLogGroup(
  scope: Construct,
  id: string,
  props: Pick<LogGroupProps, "logGroupName"> = {},
): LogGroup {
  // The key's policy is part of the key resource, which the group references: created first.
  return new LogGroup(scope, id, {
    ...props,
    retention: LOG_RETENTION,
    encryptionKey: logsKey(scope),
    removalPolicy: RemovalPolicy.DESTROY,
  });
}
