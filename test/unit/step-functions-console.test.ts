import { describe, expect, it } from "vitest";
import { executionConsoleUrl, partsOfArn } from "#domain/step-functions-console";

const ARN =
  "arn:aws:states:eu-central-1:123456789012:execution:support-center-prod-case-follow-up:case-00000042-reply-3";

describe("the AWS console URL of an execution", () => {
  it("points at the execution's details in its region", () => {
    expect(executionConsoleUrl(ARN)).toBe(
      `https://eu-central-1.console.aws.amazon.com/states/home?region=eu-central-1#/v2/executions/details/${ARN}`,
    );
  });

  it("takes the region given, e.g. the stack's", () => {
    expect(executionConsoleUrl(ARN, "eu-west-1")).toMatch(
      /^https:\/\/eu-west-1\.console\.aws\.amazon\.com\//,
    );
  });

  it("uses China's console for the aws-cn partition", () => {
    const china = ARN.replace("arn:aws:states:eu-central-1", "arn:aws-cn:states:cn-north-1");
    expect(executionConsoleUrl(china)).toBe(
      `https://cn-north-1.console.amazonaws.cn/states/home?region=cn-north-1#/v2/executions/details/${china}`,
    );
    expect(() => executionConsoleUrl(ARN.replace("arn:aws:", "arn:aws-mars:"))).toThrow(/no console known/);
  });

  it("refuses what is no Step Functions ARN or no region", () => {
    expect(() => partsOfArn("arn:aws:lambda:eu-west-1:1:function:x")).toThrow(/not a Step Functions ARN/);
    expect(() => partsOfArn("case-00000042-reply-3")).toThrow(/not a Step Functions ARN/);
    expect(() => executionConsoleUrl(ARN, "evil.example.com/#")).toThrow(/not an AWS region/);
  });
});
