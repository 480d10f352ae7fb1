import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { describe, expect, it } from "vitest";
import { INBOUND_MAX_EVENT_AGE, INBOUND_RETRY_ATTEMPTS } from "#infra/constructs/inbound-mail";
import { secretsExtension, supportFunction } from "#infra/constructs/support-function";
import {
  cdkJsonContext,
  EXTENSION_LAYER_OVERRIDE,
  REGION,
  template,
  useSynthesizedStacks,
  withOptions,
} from "./stack-synth";
import {
  allStatements,
  asList,
  type CfnResource,
  consumerFunctionId,
  getAtt,
  inboundFunctionId,
  only,
  ownFunctions,
  readersOf,
  resources,
  roleOfFunction,
  type Statement,
  secretAbout,
  statementsOfRole,
} from "./template-queries";

useSynthesizedStacks();

describe("hardening", () => {
  it("encrypts the table with the AWS managed key, explicitly", () => {
    const [, table] = only("AWS::DynamoDB::GlobalTable");
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: "KMS" });
  });

  it("encrypts every queue and refuses anything but TLS", () => {
    const queues = resources("AWS::SQS::Queue");
    for (const [id, queue] of queues) {
      expect(queue.Properties, id).toMatchObject({ SqsManagedSseEnabled: true });
      const policies = resources("AWS::SQS::QueuePolicy").filter(([, policy]) =>
        JSON.stringify(policy.Properties.Queues).includes(`"${id}"`),
      );
      const statements = policies.flatMap(
        ([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
      );
      expect(statements, id).toContainEqual(
        expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
      );
    }
  });

  it("retries the inbound-mail function's asynchronous invocations, then keeps them in its dead-letter queue", () => {
    const [, config] = only("AWS::Lambda::EventInvokeConfig");
    const [queueId = ""] = resources("AWS::SQS::Queue")
      .map(([id]) => id)
      .filter((id) => id.startsWith("InboundMail"));
    const [functionId = ""] = resources("AWS::Lambda::Function")
      .map(([id]) => id)
      .filter((id) => id.startsWith("InboundMailInboundMailFunction"));
    expect(config.Properties).toEqual({
      FunctionName: { Ref: functionId },
      Qualifier: "$LATEST",
      MaximumRetryAttempts: INBOUND_RETRY_ATTEMPTS,
      MaximumEventAgeInSeconds: INBOUND_MAX_EVENT_AGE.toSeconds(),
      DestinationConfig: { OnFailure: { Destination: getAtt(queueId, "Arn") } },
    });
    const sends = statementsOfRole(roleOfFunction(functionId)).filter((s) =>
      asList(s.Action).includes("sqs:SendMessage"),
    );
    expect(sends.map((s) => s.Resource)).toEqual([getAtt(queueId, "Arn")]);
  });
});

describe("the reply-address key", () => {
  const secretId = () => secretAbout("Key of the per-case reply addresses");
  const readers = () => readersOf("REPLY_ADDRESS_SECRET");

  it("is a generated secret that no function's environment holds, only its ARN", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
    for (const [id, fn] of resources("AWS::Lambda::Function")) {
      const environment = JSON.stringify(fn.Properties.Environment ?? {});
      expect(environment, id).not.toContain('"REPLY_ADDRESS_SECRET"');
      // A dynamic reference would put the value into the deployed configuration.
      expect(environment, id).not.toContain("resolve:secretsmanager");
    }
    expect(JSON.stringify(template.toJSON())).not.toContain("resolve:secretsmanager");
    const found = readers().map(([id]) => id);
    expect(found.sort()).toEqual([consumerFunctionId(), inboundFunctionId()].sort());
    for (const [id, fn] of readers()) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables.REPLY_ADDRESS_SECRET_ARN, id).toEqual({ Ref: secretId() });
    }
  });

  it("is read through the region's Parameters and Secrets extension layer (arm64), cached five minutes", () => {
    for (const [id, fn] of readers()) {
      expect(fn.Properties.Layers, id).toEqual([
        expect.stringMatching(
          new RegExp(
            `^arn:aws:lambda:${REGION}:\\d{12}:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:\\d+$`,
          ),
        ),
      ]);
      expect(fn.Properties.Environment, id).toMatchObject({
        Variables: { PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: "2773", SECRETS_MANAGER_TTL: "300" },
      });
    }
    // Only functions that read a secret carry the layer: these two, and the release-notice sender.
    const layered = ownFunctions().filter(([, fn]) => fn.Properties.Layers !== undefined);
    expect(layered.map(([id]) => id).sort()).toEqual(
      [...new Set([...readers(), ...readersOf("NOTICE_TOKEN_SECRET")].map(([id]) => id))].sort(),
    );
    const overridden = Object.entries(withOptions.findResources("AWS::Lambda::Function"))
      .filter(([id]) => !id.startsWith("CustomCDKBucketDeployment"))
      .map(([, fn]) => fn as CfnResource)
      .filter((fn) => fn.Properties.Layers !== undefined);
    expect(overridden.map((fn) => fn.Properties.Layers)).toEqual(
      layered.map(() => [EXTENSION_LAYER_OVERRIDE]),
    );
  });

  it("takes the layer from a per-region mapping when the region is known only at deploy time", () => {
    const app = new App({ context: { ...cdkJsonContext(), "aws:cdk:bundling-stacks": [] } });
    const stack = new Stack(app, "AnyRegion");
    supportFunction(stack, "Reader", {
      entry: "functions/inbound-mail/handler.ts",
      stage: "probe",
      description: "reads a secret",
      environment: {},
      secrets: { read: { REPLY_ADDRESS_SECRET: new Secret(stack, "Key") }, extension: secretsExtension() },
    });
    const probe = Template.fromStack(stack);
    const [, fn] = Object.entries(probe.findResources("AWS::Lambda::Function"))[0] as [string, CfnResource];
    const [mapping] = (fn.Properties.Layers as { "Fn::FindInMap": [string, unknown, string] }[]).map(
      (layer) => layer["Fn::FindInMap"],
    );
    const table = probe.toJSON().Mappings[mapping?.[0] ?? ""] as Record<string, Record<string, string>>;
    expect(table[REGION]?.[mapping?.[2] ?? ""]).toMatch(
      /:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:\d+$/,
    );
    expect(Object.keys(table).length).toBeGreaterThan(20);
  });

  it("may be read by those two functions alone, and only that secret", () => {
    const secretRef = JSON.stringify({ Ref: secretId() });
    const grants = allStatements().filter(
      ({ statement }) =>
        asList(statement.Action).some((action) => action.startsWith("secretsmanager:")) &&
        JSON.stringify(statement.Resource) === secretRef,
    );
    const expectedRoles = readers().map(([id]) => roleOfFunction(id));
    expect(new Set(grants.flatMap(({ roles }) => roles))).toEqual(new Set(expectedRoles));
    // Any other secret grant is the notice key's (tested above): none on '*'.
    const others = allStatements().filter(({ statement }) =>
      asList(statement.Action).some((action) => action.startsWith("secretsmanager:")),
    );
    const noticeKey = JSON.stringify({ Ref: secretAbout("Key of the release notices") });
    for (const { statement } of others)
      expect([secretRef, noticeKey]).toContain(JSON.stringify(statement.Resource));
    for (const { statement } of grants) {
      expect(asList(statement.Action).sort()).toEqual([
        "secretsmanager:DescribeSecret",
        "secretsmanager:GetSecretValue",
      ]);
    }
  });
});
