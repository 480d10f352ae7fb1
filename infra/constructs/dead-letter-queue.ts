import { Duration } from "aws-cdk-lib";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { exemptFromGuardRule } from "./guard";
import { acknowledge } from "./nag";

/**
 * The on-failure destination of an asynchronous consumer: what it gave up on waits here for two
 * weeks, encrypted and reachable over TLS only, while an alarm watches the depth and an operator
 * replays it.
 */
export function deadLetterQueue(scope: Construct, id: string, consumer: string): Queue {
  const queue = new Queue(scope, id, {
    retentionPeriod: Duration.days(14),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
  });
  acknowledge(
    queue,
    "AwsSolutions-SQS3",
    `This queue is itself the ${consumer}'s on-failure destination (its dead-letter queue); an alarm watches its depth and an operator replays what it holds.`,
  );
  exemptFromGuardRule(
    queue,
    "sqs_dlq_check",
    `This queue is the ${consumer}'s dead-letter queue (a Lambda on-failure destination, not an SQS redrive target): nothing consumes it automatically, so nothing could fail to move on to a further queue; its alarm fires on the first message.`,
  );
  return queue;
}
