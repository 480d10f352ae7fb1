import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { RELEASES_PREFIX } from "#infra/constructs/support-files";
import { ROUTE_LIST, routeKey, template, useSynthesizedStacks } from "./stack-synth";
import {
  alarmsByName,
  asList,
  type CfnResource,
  functionIdStartingWith,
  getAtt,
  logicalIdOf,
  readersOf,
  resources,
  roleOfFunction,
  roleOfStateMachine,
  routeFunctionId,
  secretAbout,
  serviceGrants,
  statementsOfRole,
} from "./template-queries";

useSynthesizedStacks();

describe("release notices", () => {
  const noticesMachine = () => {
    const found = resources("AWS::StepFunctions::StateMachine").filter(([id]) =>
      id.startsWith("ReleaseNotices"),
    );
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const actionsOf = (roleId: string) => statementsOfRole(roleId).flatMap((s) => asList(s.Action));

  it("is a Standard state machine from its ASL file, invoking only its two functions", () => {
    const [, machine] = noticesMachine();
    expect(machine.Properties.StateMachineType).toBe("STANDARD");
    const text = JSON.stringify(machine.Properties.DefinitionString);
    expect(text).toContain("Send notices to the page");
    expect(text).toContain("DISTRIBUTED");
    const role = roleOfStateMachine(machine);
    const invokes = statementsOfRole(role).filter((s) => asList(s.Action).includes("lambda:InvokeFunction"));
    expect(invokes.flatMap((s) => asList(s.Resource))).toEqual([
      getAtt(functionIdStartingWith("ReleaseNoticesSendNotice"), "Arn"),
      getAtt(functionIdStartingWith("ReleaseNoticesSubscriberPage"), "Arn"),
    ]);
    const tableArn = getAtt(logicalIdOf("AWS::DynamoDB::GlobalTable"), "Arn");
    const dynamodb = serviceGrants(role, "dynamodb");
    expect(dynamodb.actions).toEqual(["dynamodb:UpdateItem"]);
    expect(dynamodb.statements.flatMap((s) => asList(s.Resource))).toEqual([tableArn]);
    // The Distributed Map starts its children as the state machine itself, on its own name only.
    const starts = statementsOfRole(role).filter((s) => asList(s.Action).includes("states:StartExecution"));
    expect(JSON.stringify(starts.map((s) => s.Resource))).toContain(
      "stateMachine:support-center-test-release-notices",
    );
    expect(actionsOf(role)).not.toContain("ses:SendEmail");
  });

  it("starts a run when a file lands under releases/, through EventBridge and release-available alone", () => {
    const [bucketId, bucket] =
      resources("AWS::S3::Bucket").find(([id]) => id.startsWith("FilesBucket")) ?? [];
    expect(bucket?.Properties.NotificationConfiguration).toEqual({
      EventBridgeConfiguration: { EventBridgeEnabled: true },
    });
    const available = functionIdStartingWith("ReleaseNoticesReleaseAvailable");
    template.hasResourceProperties("AWS::Events::Rule", {
      EventPattern: {
        source: ["aws.s3"],
        "detail-type": ["Object Created"],
        detail: { bucket: { name: [{ Ref: bucketId }] }, object: { key: [{ prefix: RELEASES_PREFIX }] } },
      },
      Targets: [Match.objectLike({ Arn: getAtt(available, "Arn") })],
    });
    const starts = statementsOfRole(roleOfFunction(available)).filter((s) =>
      asList(s.Action).includes("states:StartExecution"),
    );
    expect(starts.map((s) => s.Resource)).toEqual([{ Ref: noticesMachine()[0] }]);
    expect(serviceGrants(roleOfFunction(available), "dynamodb").actions).toEqual([
      "dynamodb:GetItem",
      "dynamodb:Query",
    ]);
  });

  it("sends with a claim transaction, the templates and the token key, and nothing more", () => {
    const sender = functionIdStartingWith("ReleaseNoticesSendNotice");
    const role = roleOfFunction(sender);
    expect(serviceGrants(role, "dynamodb").actions).toEqual([
      "dynamodb:ConditionCheckItem",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
    ]);
    expect(serviceGrants(role, "ses").actions).toEqual(["ses:SendEmail"]);
    expect(serviceGrants(role, "states").actions).toEqual([]);
    const [tokenSecret] =
      resources("AWS::SecretsManager::Secret").find(([id]) => id.startsWith("NoticeTokenSecret")) ?? [];
    const variables = (template.findResources("AWS::Lambda::Function")[sender] as CfnResource).Properties
      .Environment as { Variables: Record<string, unknown> };
    expect(variables.Variables.NOTICE_TOKEN_SECRET_ARN).toEqual({ Ref: tokenSecret });
    expect(JSON.stringify(serviceGrants(role, "secretsmanager").statements.map((s) => s.Resource))).toBe(
      JSON.stringify([{ Ref: tokenSecret }]),
    );
    expect(
      serviceGrants(roleOfFunction(functionIdStartingWith("ReleaseNoticesSubscriberPage")), "dynamodb")
        .actions,
    ).toEqual(["dynamodb:Query"]);
  });

  it("alarms on a failed run", () => {
    const alarm = alarmsByName(template)["support-center-test-release-notices-failed"];
    expect(alarm).toMatchObject({
      Namespace: "AWS/States",
      MetricName: "ExecutionsFailed",
      Dimensions: [{ Name: "StateMachineArn", Value: { Ref: noticesMachine()[0] } }],
      Threshold: 1,
    });
  });
});

describe("the release notices' unsubscribe-token key", () => {
  it("is a generated secret read only by the routes that declare it, by ARN, each role granted that secret alone", () => {
    const secretId = secretAbout("Key of the release notices' one-click unsubscribe tokens");
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      Description: Match.stringLikeRegexp("^Key of the release notices"),
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
    const declaring = ROUTE_LIST.filter((route) => route.needs.secrets?.includes("NOTICE_TOKEN_SECRET"));
    expect(declaring.map(routeKey)).toEqual(["POST /notices/unsubscribe"]);
    const apiReaders = readersOf("NOTICE_TOKEN_SECRET").filter(([, fn]) =>
      ROUTE_LIST.some((route) => String(fn.Properties.Description).startsWith(`${routeKey(route)}:`)),
    );
    expect(apiReaders.map(([id]) => id)).toEqual(declaring.map(routeFunctionId));
    for (const [id, fn] of apiReaders) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables.NOTICE_TOKEN_SECRET_ARN, id).toEqual({ Ref: secretId });
      expect(JSON.stringify(variables), id).not.toContain('"NOTICE_TOKEN_SECRET"');
      const reads = serviceGrants(roleOfFunction(id), "secretsmanager").statements;
      expect(reads.map((statement) => statement.Resource)).toEqual([{ Ref: secretId }]);
    }
  });
});
