import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES } from "#email/templates";
import { taskResources } from "#infra/constructs/follow-up-workflow";
import { fromRepositoryRoot } from "#infra/repository";
import { FOLLOW_UP_DEFINITION_FILE } from "#infra/state-machines";
import { TABLE_DESIGN } from "#repositories/table-design";
import { ACCOUNT, REGION, SENDER, template, useSynthesizedStacks } from "./stack-synth";
import {
  asList,
  consumerFunctionId,
  followUpStateMachine,
  getAtt,
  logicalIdOf,
  only,
  resources,
  roleOfFunction,
  roleOfStateMachine,
  statementsOfRole,
} from "./template-queries";

useSynthesizedStacks();

const ASL_TEXT = readFileSync(fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE), "utf8");
const ASL = JSON.parse(ASL_TEXT) as { States: Record<string, unknown> };

describe("the follow-up state machine", () => {
  it("is Standard, defined by the ASL file itself, with no Lambda in it", () => {
    const [, stateMachine] = followUpStateMachine();
    expect(stateMachine.Properties.StateMachineType).toBe("STANDARD");
    const definition = stateMachine.Properties.DefinitionString as string;
    expect(typeof definition).toBe("string");
    for (const stateName of Object.keys(ASL.States)) expect(definition).toContain(JSON.stringify(stateName));
    expect(definition).toBe(ASL_TEXT);
    expect(definition).not.toContain("lambda:");
    expect(Object.keys(stateMachine.Properties.DefinitionSubstitutions as object).sort()).toEqual([
      "ConfigurationSetName",
      "SenderAddress",
      "TableName",
    ]);
    expect(stateMachine.Properties).toMatchObject({
      DefinitionSubstitutions: { SenderAddress: SENDER },
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { IncludeExecutionData: false, Level: "ALL" },
    });
  });

  it("uses only the two service integrations its role is built from", () => {
    expect([...taskResources(ASL)].sort()).toEqual([
      "arn:aws:states:::aws-sdk:sesv2:sendEmail",
      "arn:aws:states:::dynamodb:updateItem",
    ]);
  });

  it("may only UpdateItem on the table and send the templates through the configuration set", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    const statements = statementsOfRole(roleOfStateMachine(followUpStateMachine()[1]));
    const actions = statements.flatMap((s) => asList(s.Action));
    expect(actions.filter((action) => action.startsWith("lambda:"))).toEqual([]);
    const dynamodb = statements.filter((s) => asList(s.Action).some((a) => a.startsWith("dynamodb:")));
    expect(dynamodb).toEqual([
      expect.objectContaining({ Action: "dynamodb:UpdateItem", Resource: getAtt(tableId, "Arn") }),
    ]);

    const ses = statements.filter((s) => asList(s.Action).some((a) => a.startsWith("ses:")));
    expect(ses).toHaveLength(1);
    expect(ses[0]!.Action).toBe("ses:SendEmail");
    const resourcesText = JSON.stringify(ses[0]!.Resource);
    const arnPrefix = `arn:aws:ses:${REGION}:${ACCOUNT}:`;
    for (const emailTemplate of EMAIL_TEMPLATES) {
      expect(resourcesText).toContain(`${arnPrefix}template/${emailTemplate.name}`);
    }
    expect(resourcesText).toContain(`${arnPrefix}identity/${SENDER}`);
    expect(resourcesText).toContain(`${arnPrefix}configuration-set/`);
    expect(resourcesText).not.toContain('"*"');
  });
});

describe("the stream consumer", () => {
  it("reads the table's stream in small batches, filtered to replies and case changes, with a DLQ", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    const [queueId = ""] = resources("AWS::SQS::Queue")
      .map(([id]) => id)
      .filter((id) => id.startsWith("FollowUp"));
    const [, mapping] = only("AWS::Lambda::EventSourceMapping");
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: getAtt(tableId, "StreamArn"),
      FunctionName: { Ref: consumerFunctionId() },
      StartingPosition: "TRIM_HORIZON",
      BatchSize: 10,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      DestinationConfig: { OnFailure: { Destination: getAtt(queueId, "Arn") } },
    });
    const patterns = (mapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map(
      (filter) => JSON.parse(filter.Pattern),
    );
    expect(patterns).toEqual([
      { eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["support-reply"] } } } },
      { eventName: ["MODIFY"], dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: ["CASE"] } } } },
    ]);
  });

  it("gets the state machine and the follow-up settings from its environment", () => {
    const stateMachineId = followUpStateMachine()[0];
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: {
          STATE_MACHINE_ARN: { Ref: stateMachineId },
          VENDOR_NAME: "Acme Backup",
          SUPPORT_REGION: "cn",
          // Case e-mails link to case pages under the portal's distribution.
          PORTAL_URL: {
            "Fn::Join": [
              "",
              [
                "https://",
                { "Fn::GetAtt": [logicalIdOf("AWS::CloudFront::Distribution"), "DomainName"] },
                "/portal/",
              ],
            ],
          },
          NODE_OPTIONS: "--enable-source-maps",
        },
      },
    });
  });

  it("may only start executions of the state machine and stop its executions", () => {
    const stateMachineId = followUpStateMachine()[0];
    const statements = statementsOfRole(roleOfFunction(consumerFunctionId()));
    const states = statements.filter((s) => asList(s.Action).some((a) => a.startsWith("states:")));
    expect(states.map((s) => s.Action).sort()).toEqual(["states:StartExecution", "states:StopExecution"]);
    const start = states.find((s) => s.Action === "states:StartExecution")!;
    const stop = states.find((s) => s.Action === "states:StopExecution")!;
    expect(start.Resource).toEqual({ Ref: stateMachineId });
    // Every execution of this state machine (they are named per case at run time), no other.
    expect(stop.Resource).toBe(
      `arn:aws:states:${REGION}:${ACCOUNT}:execution:support-center-test-case-follow-up:*`,
    );
    const dynamodbWrites = statements
      .flatMap((s) => asList(s.Action))
      .filter((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a));
    // It adds "follow-up sent" events to timelines and may change nothing else.
    expect(dynamodbWrites).toEqual(["dynamodb:PutItem"]);
  });
});
