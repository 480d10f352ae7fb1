import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { ROUTE_LIST, SENDER, template, useSynthesizedStacks, withOptions } from "./stack-synth";

useSynthesizedStacks();

describe("operations", () => {
  it("outputs what operators and clients need", () => {
    const outputs = Object.keys(template.toJSON().Outputs as object);
    expect(outputs).toEqual(
      expect.arrayContaining([
        "PortalUrl",
        "ApiUrl",
        "ApiReferenceUrl",
        "UserPoolId",
        "UserPoolClientId",
        "StateMachineArn",
        "TableName",
        "FollowUpExecutionsConsole",
        "AlarmTopicArn",
        "DashboardUrl",
      ]),
    );
    template.hasOutput("PortalUrl", {
      Value: {
        "Fn::Join": [
          "",
          [
            "https://",
            { "Fn::GetAtt": [Match.stringLikeRegexp("^PortalDistribution"), "DomainName"] },
            "/portal/",
          ],
        ],
      },
    });
    template.hasOutput("ApiReferenceUrl", {
      Value: { "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp("/docs$")])] },
    });
    template.hasOutput("FollowUpExecutionsConsole", {
      Value: {
        "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp("console\\.aws\\.amazon\\.com/states")])],
      },
    });
  });
});

describe("options", () => {
  it("allows the configured browser origins for the route table's methods", () => {
    withOptions.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ["https://portal.example.com"],
        AllowMethods: [...new Set(ROUTE_LIST.map((route) => route.method))],
        AllowHeaders: ["authorization", "content-type", "idempotency-key", "if-match"],
        ExposeHeaders: ["location", "retry-after", "etag"],
      }),
    });
  });

  it("mails alarms to the given address and can create the sender identity", () => {
    withOptions.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.com",
    });
    withOptions.hasResourceProperties("AWS::SES::EmailIdentity", { EmailIdentity: SENDER });
  });
});
