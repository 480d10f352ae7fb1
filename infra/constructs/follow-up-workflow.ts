import { readFileSync } from "node:fs";
import { ArnFormat, Duration, Stack } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Grant, type IGrantable } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, type ParamsAndSecretsLayerVersion, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import type { LogGroup } from "aws-cdk-lib/aws-logs";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import type { Queue } from "aws-cdk-lib/aws-sqs";
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";
import type { SupportRegionId } from "#domain/support-regions";
import { REPLY_ADDRESS_SECRET } from "#inbound-mail/reply-address-key";
import type { FunctionEnvironment } from "#shared/settings";
import { fromRepositoryRoot } from "../repository";
import { FOLLOW_UP_DEFINITION_FILE, type FollowUpSubstitutions } from "../state-machines";
import { STREAM_CONSUMER_DELIVERY } from "../stream-consumer-delivery";
import { deadLetterQueue } from "./dead-letter-queue";
import { acknowledge, wildcardResourceFinding } from "./nag";
import type { SupportEmail } from "./support-email";
import { supportFunction } from "./support-function";
import { supportLogGroup } from "./support-logs";
import { grantTable } from "./table-grants";

export interface FollowUpWorkflowProps {
  stage: string;
  table: ITableV2;
  email: SupportEmail;
  vendorName: string;
  /** The support region: the zone of the dates case e-mails tell. */
  supportRegion: SupportRegionId;
  /** Case e-mails carry a per-case Reply-To at this domain, keyed by this secret. */
  replyDomain: string;
  replyAddressSecret: ISecret;
  /** The portal's base URL ending in /portal/ (a token is fine): case e-mails link to its case pages. */
  portalUrl: string;
  /** Reads that secret at run time (supportFunction's `secrets`). */
  secretsExtension: ParamsAndSecretsLayerVersion;
}

/** Every Task resource the ASL uses, and the permission it needs: nothing more. */
type TaskPermissions = Record<string, (grantee: IGrantable) => Grant>;

/** All Task `Resource` values in an ASL document, nested states included. */
export function taskResources(node: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (record.Type === "Task" && typeof record.Resource === "string") found.add(record.Resource);
    // Arrays too: Parallel branches and Map item processors nest their states.
    for (const child of Object.values(record)) visit(child);
  };
  visit(node);
  return found;
}

/** CloudFormation substitutes `${Name}` in the definition: every one must have a value. */
function assertAllSubstituted(definition: string, substitutions: Record<string, string>): void {
  const names = new Set([...definition.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1] ?? ""));
  const missing = [...names].filter((name) => !(name in substitutions));
  if (missing.length > 0) {
    throw new Error(`${FOLLOW_UP_DEFINITION_FILE} has no substitution for: ${missing.join(", ")}`);
  }
}

function executionLogs(scope: Construct, stateMachineName: string): LogGroup {
  // The vended-logs prefix keeps CloudWatch's resource policy from growing per log group.
  return supportLogGroup(scope, "Logs", { logGroupName: `/aws/vendedlogs/states/${stateMachineName}` });
}

/** Known before the state machine exists, so the API's functions can name its executions without depending on it. */
export function followUpStateMachineName(stage: string): string {
  return `support-center-${stage}-case-follow-up`;
}

/**
 * The case follow-up: the Standard state machine from the one ASL file, and the table-stream
 * consumer that starts an execution per support reply and stops it when the customer answers.
 */
export class FollowUpWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  readonly consumer: NodejsFunction;
  /** Stream batches the consumer gave up on: a follow-up may be missing, so an alarm watches it. */
  readonly deadLetters: Queue;
  private readonly stateMachineName: string;

  constructor(scope: Construct, id: string, props: FollowUpWorkflowProps) {
    super(scope, id);
    this.stateMachineName = followUpStateMachineName(props.stage);
    this.stateMachine = this.followUpStateMachine(props);
    this.deadLetters = deadLetterQueue(this, "StreamDeadLetters", "stream consumer");
    this.consumer = this.streamConsumer(props);
  }

  private followUpStateMachine(props: FollowUpWorkflowProps): StateMachine {
    const { stateMachineName } = this;
    const definition = readFileSync(fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE), "utf8");
    const substitutions: FollowUpSubstitutions = {
      TableName: props.table.tableName,
      SenderAddress: props.email.senderAddress,
      ConfigurationSetName: props.email.configurationSet.configurationSetName,
    };
    assertAllSubstituted(definition, substitutions);

    const stateMachine = new StateMachine(this, "StateMachine", {
      stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      // Inline rather than fromFile (an S3 asset): the definition stays visible in the
      // template and in `cdk diff`, and needs no upload.
      definitionBody: DefinitionBody.fromString(definition),
      definitionSubstitutions: substitutions,
      // Every state entered and left, so the logs tell a case's story like the console's
      // history does, but without inputs and outputs: those hold customer addresses.
      logs: {
        destination: executionLogs(this, stateMachineName),
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
      tracingEnabled: true,
    });
    acknowledge(
      stateMachine.role,
      "AwsSolutions-IAM5[Resource::*]",
      "Only what CDK adds for X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords, GetSampling*) and for execution logs (logs:*LogDelivery, PutResourcePolicy, Describe*): these actions have no resource-level permissions. A test fails on any other write action granted on *.",
    );
    this.grantTaskPermissions(stateMachine, JSON.parse(definition), props);
    // Templates are named in the ASL by pattern, not by reference: deploy them first.
    for (const template of props.email.templates) stateMachine.node.addDependency(template);
    return stateMachine;
  }

  /** The role may do exactly what the ASL's tasks do; a new kind of task fails synthesis until mapped here. */
  private grantTaskPermissions(
    stateMachine: StateMachine,
    definition: unknown,
    props: FollowUpWorkflowProps,
  ) {
    const permissions: TaskPermissions = {
      "arn:aws:states:::dynamodb:updateItem": (grantee) =>
        Grant.addToPrincipal({
          grantee,
          actions: ["dynamodb:UpdateItem"],
          resourceArns: [props.table.tableArn],
        }),
      "arn:aws:states:::aws-sdk:sesv2:sendEmail": (grantee) => props.email.grantSendTemplatedEmail(grantee),
    };
    for (const resource of taskResources(definition)) {
      const grant = permissions[resource];
      if (!grant)
        throw new Error(`${FOLLOW_UP_DEFINITION_FILE}: no permission is mapped for task ${resource}`);
      grant(stateMachine);
    }
  }

  private streamConsumer(props: FollowUpWorkflowProps): NodejsFunction {
    const consumer = supportFunction(this, "StreamConsumer", {
      entry: "functions/follow-up/stream-handler.ts",
      stage: props.stage,
      description: "Starts a follow-up execution per support reply; stops it when the case stops waiting",
      environment: {
        STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
        VENDOR_NAME: props.vendorName,
        SUPPORT_REGION: props.supportRegion,
        TABLE_NAME: props.table.tableName,
        REPLY_DOMAIN: props.replyDomain,
        PORTAL_URL: props.portalUrl,
      } satisfies FunctionEnvironment,
      secrets: {
        read: { [REPLY_ADDRESS_SECRET]: props.replyAddressSecret },
        extension: props.secretsExtension,
      },
      // A batch of ten Start/StopExecution calls, each with the SDK's own retries.
      timeout: Duration.seconds(30),
    });
    this.stateMachine.grantStartExecution(consumer);
    this.grantStopExecutions(consumer);
    // Only new timeline events ("follow-up n sent"); it never changes a case.
    grantTable(props.table, consumer, ["dynamodb:PutItem"]);
    consumer.addEventSource(
      new DynamoEventSource(props.table, {
        // Batching, retries, bisecting and filters: one source, shared with the local stream poller.
        startingPosition: StartingPosition[STREAM_CONSUMER_DELIVERY.startingPosition],
        batchSize: STREAM_CONSUMER_DELIVERY.batchSize,
        bisectBatchOnError: STREAM_CONSUMER_DELIVERY.bisectBatchOnError,
        retryAttempts: STREAM_CONSUMER_DELIVERY.retryAttempts,
        reportBatchItemFailures: STREAM_CONSUMER_DELIVERY.reportBatchItemFailures,
        onFailure: new SqsDlq(this.deadLetters),
        filters: STREAM_CONSUMER_DELIVERY.filters.map((pattern) => FilterCriteria.filter(pattern)),
      }),
    );
    return consumer;
  }

  /**
   * StopExecution is authorized on the execution, whose name (`case-<number>-reply-<n>`) is
   * only known at run time: every execution of this state machine, and no other.
   */
  private grantStopExecutions(consumer: NodejsFunction): void {
    const executions = Stack.of(this).formatArn({
      service: "states",
      resource: "execution",
      resourceName: `${this.stateMachineName}:*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    Grant.addToPrincipal({
      grantee: consumer,
      actions: ["states:StopExecution"],
      resourceArns: [executions],
    });
    if (consumer.role) {
      acknowledge(
        consumer.role,
        wildcardResourceFinding(this, executions),
        "Executions of the follow-up state machine only: they are named per case and reply at run time, so the state machine's name is the narrowest prefix.",
      );
    }
  }
}
