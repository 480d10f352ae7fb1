import { Duration } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { ReceiptRuleSet } from "aws-cdk-lib/aws-ses";
import { Lambda, LambdaInvocationType, S3 } from "aws-cdk-lib/aws-ses-actions";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import type { SupportFiles } from "./support-files";
import { supportFunction } from "./support-function";

const INBOUND_PREFIX = "inbound/";

export interface InboundMailProps {
  table: ITableV2;
  files: SupportFiles;
  /** The domain SES receives case replies for (its MX must point at SES). */
  replyDomain: string;
}

/**
 * Customers answer case e-mails by e-mail: SES receives mail for the reply domain into the
 * files bucket, and a function threads each message into its case. The per-case reply
 * addresses are keyed by a generated secret that the stream consumer shares.
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
    this.deadLetters = new Queue(this, "InboundDeadLetters", {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.handler = supportFunction(this, "InboundMailFunction", {
      entry: "functions/inbound-mail/handler.ts",
      description: "Threads customers' e-mail replies into their cases",
      timeout: Duration.seconds(30),
      environment: {
        TABLE_NAME: props.table.tableName,
        FILES_BUCKET: props.files.bucket.bucketName,
        INBOUND_PREFIX,
        // A dynamic reference: resolved at deploy time, never written into the template.
        REPLY_ADDRESS_SECRET: this.replyAddressSecret.secretValue.unsafeUnwrap(),
      },
    });
    // What threading a reply needs (read the case, write it with its event); never Scan.
    props.table.grant(
      this.handler,
      "dynamodb:GetItem",
      "dynamodb:UpdateItem",
      "dynamodb:PutItem",
      "dynamodb:ConditionCheckItem",
    );
    props.files.bucket.grantRead(this.handler, `${INBOUND_PREFIX}*`);
    // Retried twice by Lambda, then kept in the queue: no reply is lost silently.
    this.handler.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.deadLetters) });
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
  }
}
