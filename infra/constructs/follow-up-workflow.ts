import { readFileSync } from "node:fs";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Grant, type IGrantable } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";
import type { CASE_EVENT_TYPES } from "../../functions/repositories/case-records";
import { keys } from "../../functions/repositories/keys";
import { TABLE_DESIGN } from "../../functions/repositories/table-design";
import { fromRepositoryRoot } from "./repository";
import type { SupportEmail } from "./support-email";
import { supportFunction } from "./support-function";

export const FOLLOW_UP_DEFINITION_FILE = "statemachines/case-follow-up.asl.json";

export interface FollowUpWorkflowProps {
  stage: string;
  table: ITableV2;
  email: SupportEmail;
  vendorName: string;
  supportTimeZone: string;
  /** Case e-mails carry a per-case Reply-To at this domain, keyed by this secret. */
  replyDomain: string;
  replyAddressSecret: ISecret;
}

/** The event whose INSERT starts a follow-up sequence. */
const SUPPORT_REPLY: (typeof CASE_EVENT_TYPES)[number] = "support-reply";

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
  return new LogGroup(scope, "Logs", {
    // The vended-logs prefix keeps CloudWatch's resource policy from growing per log group.
    logGroupName: `/aws/vendedlogs/states/${stateMachineName}`,
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  });
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

  constructor(scope: Construct, id: string, props: FollowUpWorkflowProps) {
    super(scope, id);
    this.stateMachine = this.followUpStateMachine(props);
    this.deadLetters = new Queue(this, "StreamDeadLetters", {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.consumer = this.streamConsumer(props);
  }

  private followUpStateMachine(props: FollowUpWorkflowProps): StateMachine {
    const stateMachineName = `support-center-${props.stage}-case-follow-up`;
    const definition = readFileSync(fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE), "utf8");
    const substitutions = {
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
      logs: {
        destination: executionLogs(this, stateMachineName),
        level: LogLevel.ERROR,
        includeExecutionData: false,
      },
      tracingEnabled: true,
    });
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
      description: "Starts a follow-up execution per support reply; stops it when the case stops waiting",
      environment: {
        STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
        VENDOR_NAME: props.vendorName,
        SUPPORT_TIME_ZONE: props.supportTimeZone,
        TABLE_NAME: props.table.tableName,
        REPLY_DOMAIN: props.replyDomain,
        // A dynamic reference: resolved at deploy time, never written into the template.
        REPLY_ADDRESS_SECRET: props.replyAddressSecret.secretValue.unsafeUnwrap(),
      },
      // A batch of ten Start/StopExecution calls, each with the SDK's own retries.
      timeout: Duration.seconds(30),
    });
    this.stateMachine.grantStartExecution(consumer);
    this.stateMachine.grantExecution(consumer, "states:StopExecution");
    // Only new timeline events ("follow-up n sent"); it never changes a case.
    props.table.grant(consumer, "dynamodb:PutItem");
    consumer.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: 5,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        filters: [
          // A support reply was written: start its sequence.
          FilterCriteria.filter({
            eventName: FilterRule.isEqual("INSERT"),
            dynamodb: { NewImage: { type: { S: FilterRule.isEqual(SUPPORT_REPLY) } } },
          }),
          // The case item changed: it may no longer wait on the customer, so stop the sequence.
          FilterCriteria.filter({
            eventName: FilterRule.isEqual("MODIFY"),
            dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: FilterRule.isEqual(keys.case("").sk) } } },
          }),
        ],
      }),
    );
    return consumer;
  }
}
