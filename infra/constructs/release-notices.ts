import { readFileSync } from "node:fs";
import { ArnFormat, Duration, Stack } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Rule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { Grant } from "aws-cdk-lib/aws-iam";
import type { ParamsAndSecretsLayerVersion } from "aws-cdk-lib/aws-lambda";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import type { CfnBucket } from "aws-cdk-lib/aws-s3";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";
import { NOTICE_TOKEN_SECRET } from "#notices/unsubscribe-token-key";
import type { FunctionEnvironment } from "#shared/settings";
import { fromRepositoryRoot } from "../repository";
import { NOTICES_DEFINITION_FILE, type NoticesSubstitutions } from "../state-machines";
import { taskResources } from "./follow-up-workflow";
import { acknowledge, wildcardResourceFinding } from "./nag";
import type { SupportEmail } from "./support-email";
import { RELEASES_PREFIX, type SupportFiles } from "./support-files";
import { supportFunction } from "./support-function";
import { supportLogGroup } from "./support-logs";
import { grantTable } from "./table-grants";

export interface ReleaseNoticesProps {
  stage: string;
  table: ITableV2;
  email: SupportEmail;
  files: SupportFiles;
  vendorName: string;
  /** The portal's base URL ending in /portal/: downloads, the unsubscribe page, /api/ on its origin. */
  portalUrl: string;
  secretsExtension: ParamsAndSecretsLayerVersion;
  /** The key of the unsubscribe tokens (noticeTokenSecret): the send function signs with it. */
  tokenSecret: ISecret;
  /** Notices in flight at once: below the account's SES maximum send rate (per second). */
  concurrency: number;
  /** Owners per page (one Distributed Map run each). */
  pageSize: number;
}

export function noticesStateMachineName(stage: string): string {
  return `support-center-${stage}-release-notices`;
}

/**
 * Release notices (issue 15): when a release's file lands under releases/, release-available
 * starts a run of the release-notices Standard state machine, which pages through the product's
 * subscribers and sends each page with a Distributed Map of send-release-notice tasks.
 */
export class ReleaseNotices extends Construct {
  readonly stateMachine: StateMachine;
  readonly sendNotice: NodejsFunction;
  readonly subscriberPage: NodejsFunction;
  readonly releaseAvailable: NodejsFunction;
  private readonly stateMachineName: string;

  constructor(scope: Construct, id: string, props: ReleaseNoticesProps) {
    super(scope, id);
    this.stateMachineName = noticesStateMachineName(props.stage);
    this.sendNotice = this.sendNoticeFunction(props);
    this.subscriberPage = supportFunction(this, "SubscriberPage", {
      entry: "functions/notices/subscriber-page.ts",
      stage: props.stage,
      description: "Reads one page of a product's notice subscribers for the release-notices state machine",
      environment: { TABLE_NAME: props.table.tableName } satisfies FunctionEnvironment,
    });
    grantTable(props.table, this.subscriberPage, ["dynamodb:Query"]);
    this.stateMachine = this.noticesStateMachine(props);
    this.releaseAvailable = this.releaseAvailableFunction(props);
  }

  private sendNoticeFunction(props: ReleaseNoticesProps): NodejsFunction {
    const fn = supportFunction(this, "SendNotice", {
      entry: "functions/notices/send-release-notice.ts",
      stage: props.stage,
      description: "Claims, then sends one owner's notice of one release",
      environment: {
        TABLE_NAME: props.table.tableName,
        SENDER_ADDRESS: props.email.senderAddress,
        CONFIGURATION_SET_NAME: props.email.configurationSet.configurationSetName,
        VENDOR_NAME: props.vendorName,
        PORTAL_URL: props.portalUrl,
      } satisfies FunctionEnvironment,
      secrets: { read: { [NOTICE_TOKEN_SECRET]: props.tokenSecret }, extension: props.secretsExtension },
      timeout: Duration.seconds(30),
    });
    // The claim transaction (ConditionCheck + Put), the profile and claim reads, the claim and report updates.
    grantTable(props.table, fn, [
      "dynamodb:ConditionCheckItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:GetItem",
    ]);
    props.email.grantSendTemplatedEmail(fn);
    return fn;
  }

  private releaseAvailableFunction(props: ReleaseNoticesProps): NodejsFunction {
    const fn = supportFunction(this, "ReleaseAvailable", {
      entry: "functions/notices/release-available.ts",
      stage: props.stage,
      description: "Starts a release's notices when its file is uploaded",
      environment: {
        TABLE_NAME: props.table.tableName,
        NOTICES_STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
        NOTICE_CONCURRENCY: String(props.concurrency),
        NOTICE_PAGE_SIZE: String(props.pageSize),
      } satisfies FunctionEnvironment,
      timeout: Duration.seconds(30),
    });
    // The release, the first subscriber and their license (the product's name).
    grantTable(props.table, fn, ["dynamodb:GetItem", "dynamodb:Query"]);
    this.stateMachine.grantStartExecution(fn);
    // S3 events through EventBridge: set on the bucket itself (addEventNotification would add a
    // custom-resource function with a managed policy), and a rule picks the release files.
    const bucket = props.files.bucket.node.defaultChild as CfnBucket;
    bucket.notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
    new Rule(this, "ReleaseFileUploaded", {
      description: "A release's file was uploaded: start its notices",
      eventPattern: {
        source: ["aws.s3"],
        detailType: ["Object Created"],
        detail: {
          bucket: { name: [props.files.bucket.bucketName] },
          object: { key: [{ prefix: RELEASES_PREFIX }] },
        },
      },
      targets: [new LambdaFunction(fn, { retryAttempts: 8, maxEventAge: Duration.hours(24) })],
    });
    return fn;
  }

  private noticesStateMachine(props: ReleaseNoticesProps): StateMachine {
    const { stateMachineName } = this;
    const definition = readFileSync(fromRepositoryRoot(NOTICES_DEFINITION_FILE), "utf8");
    const substitutions: NoticesSubstitutions = {
      TableName: props.table.tableName,
      SendNoticeFunctionArn: this.sendNotice.functionArn,
      SubscriberPageFunctionArn: this.subscriberPage.functionArn,
    };
    const stateMachine = new StateMachine(this, "StateMachine", {
      stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(definition),
      definitionSubstitutions: substitutions,
      // States entered and left, without data: inputs hold customers' ids.
      logs: {
        destination: supportLogGroup(this, "Logs", {
          logGroupName: `/aws/vendedlogs/states/${stateMachineName}`,
        }),
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
      tracingEnabled: true,
    });
    acknowledge(
      stateMachine.role,
      "AwsSolutions-IAM5[Resource::*]",
      "Only what CDK adds for X-Ray tracing and execution logs: these actions have no resource-level permissions.",
    );
    for (const resource of taskResources(JSON.parse(definition))) {
      if (resource === "arn:aws:states:::dynamodb:updateItem") {
        Grant.addToPrincipal({
          grantee: stateMachine,
          actions: ["dynamodb:UpdateItem"],
          resourceArns: [props.table.tableArn],
        });
      } else if (resource === "arn:aws:states:::lambda:invoke") {
        // The unqualified ARNs the ASL names: no versions or aliases (grantInvoke would add `:*`).
        Grant.addToPrincipal({
          grantee: stateMachine,
          actions: ["lambda:InvokeFunction"],
          resourceArns: [this.sendNotice.functionArn, this.subscriberPage.functionArn],
        });
      } else {
        throw new Error(`${NOTICES_DEFINITION_FILE}: no permission is mapped for task ${resource}`);
      }
    }
    this.grantDistributedMap(stateMachine);
    return stateMachine;
  }

  /**
   * A Distributed Map starts its child executions as the state machine itself, and describes,
   * stops and redrives them: on this state machine's map runs and their executions only.
   */
  private grantDistributedMap(stateMachine: StateMachine): void {
    const arn = (resource: string, resourceName: string) =>
      Stack.of(this).formatArn({
        service: "states",
        resource,
        resourceName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      });
    const self = arn("stateMachine", this.stateMachineName);
    const children = arn("execution", `${this.stateMachineName}/*`);
    const mapRuns = arn("mapRun", `${this.stateMachineName}/*`);
    Grant.addToPrincipal({ grantee: stateMachine, actions: ["states:StartExecution"], resourceArns: [self] });
    Grant.addToPrincipal({
      grantee: stateMachine,
      actions: ["states:DescribeExecution", "states:StopExecution", "states:RedriveExecution"],
      resourceArns: [children],
    });
    Grant.addToPrincipal({
      grantee: stateMachine,
      actions: ["states:DescribeMapRun", "states:UpdateMapRun", "states:ListMapRuns"],
      resourceArns: [mapRuns, self],
    });
    for (const resource of [children, mapRuns]) {
      acknowledge(
        stateMachine.role,
        wildcardResourceFinding(this, resource),
        "The Distributed Map's own child executions and map runs: named at run time, under this state machine's name only.",
      );
    }
  }
}
