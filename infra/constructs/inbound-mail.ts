import { Duration, Stack } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import type { CfnPermission, ParamsAndSecretsLayerVersion } from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { ReceiptRuleSet } from "aws-cdk-lib/aws-ses";
import { Lambda, LambdaInvocationType, S3 } from "aws-cdk-lib/aws-ses-actions";
import type { Queue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { REPLY_ADDRESS_SECRET } from "#inbound-mail/reply-address-key";
import type { FunctionEnvironment } from "#shared/settings";
import { deadLetterQueue } from "./dead-letter-queue";
import { acknowledge } from "./nag";
import type { SupportFiles } from "./support-files";
import { supportFunction } from "./support-function";
import { grantTable } from "./table-grants";

const INBOUND_PREFIX = "inbound/";

/**
 * SES invokes the function asynchronously (it does not wait for it). Lambda retries a failed
 * invocation twice, a minute or two apart, for up to six hours; then the event (it names the
 * stored message) goes to the dead-letter queue together with the error.
 */
export const INBOUND_RETRY_ATTEMPTS = 2;
export const INBOUND_MAX_EVENT_AGE = Duration.hours(6);

export interface InboundMailProps {
  stage: string;
  table: ITableV2;
  files: SupportFiles;
  /** The domain SES receives case replies for (its MX must point at SES). */
  replyDomain: string;
  /** Reads the reply-address key at run time (supportFunction's `secrets`). */
  secretsExtension: ParamsAndSecretsLayerVersion;
}

/**
 * Customers answer case e-mails by e-mail: SES receives mail for the reply domain into the
 * files bucket, and a function threads each message into its case. The per-case reply
 * addresses are keyed by a generated secret that the stream consumer shares; both read it at
 * run time.
 */
export class InboundMail extends Construct {
  readonly replyAddressSecret: Secret;
  readonly handler: NodejsFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    this.replyAddressSecret = new Secret(this, "ReplyAddressSecret", {
      description:
        "Key of the per-case reply addresses (HMAC); rotating it invalidates addresses already sent",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    acknowledge(
      this.replyAddressSecret,
      "AwsSolutions-SMG4",
      "An HMAC key, not a credential: rotating it invalidates every per-case reply address already mailed to customers, so it is rotated by hand when needed (and old addresses then bounce).",
    );
    this.deadLetters = deadLetterQueue(this, "InboundDeadLetters", "inbound-mail function");
    this.handler = supportFunction(this, "InboundMailFunction", {
      entry: "functions/inbound-mail/handler.ts",
      stage: props.stage,
      description: "Threads customers' e-mail replies into their cases",
      timeout: Duration.seconds(30),
      environment: {
        TABLE_NAME: props.table.tableName,
        FILES_BUCKET: props.files.bucket.bucketName,
        INBOUND_PREFIX,
      } satisfies FunctionEnvironment,
      // Only the ARN in the environment: the key is read at run time, never deployed with it.
      secrets: {
        read: { [REPLY_ADDRESS_SECRET]: this.replyAddressSecret },
        extension: props.secretsExtension,
      },
    });
    // What threading a reply needs (read the message's record and the case, write the case with
    // its event and the record in one transaction, or the record of a drop alone); never Scan.
    grantTable(props.table, this.handler, [
      "dynamodb:GetItem",
      "dynamodb:UpdateItem",
      "dynamodb:PutItem",
      "dynamodb:ConditionCheckItem",
    ]);
    props.files.grantReadUnder(this.handler, INBOUND_PREFIX);
    // Retried by Lambda, then kept in the queue with the error: no reply is lost silently.
    this.handler.configureAsyncInvoke({
      retryAttempts: INBOUND_RETRY_ATTEMPTS,
      maxEventAge: INBOUND_MAX_EVENT_AGE,
      onFailure: new SqsDestination(this.deadLetters),
    });
    // Only one receipt rule set can be active per region: activating it stays an operator's step.
    new ReceiptRuleSet(this, "ReceiptRules", {
      rules: [
        {
          recipients: [props.replyDomain],
          scanEnabled: true,
          // Store first, then hand the message id to the function, which reads the stored copy.
          actions: [
            new S3({ bucket: props.files.bucket, objectKeyPrefix: INBOUND_PREFIX }),
            new Lambda({ function: this.handler, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });
    // SES may invoke the function for this account's receipt rules only. The action writes the
    // account as `Ref AWS::AccountId`; the literal is the same account in the form Control
    // Tower's rule (CT.LAMBDA.PR.2) accepts.
    const allowSes = this.handler.permissionsNode.findChild("AllowSes") as CfnPermission;
    allowSes.sourceAccount = Stack.of(this).account;
  }
}
