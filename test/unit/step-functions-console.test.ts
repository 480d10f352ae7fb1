import { describe, expect, it } from "vitest";
import { followUpExecutionName, parseFollowUpExecutionName } from "#domain/follow-up";
import { executionConsoleUrl, regionOfArn } from "#domain/step-functions-console";

const ARN = "arn:aws:states:eu-central-1:123456789012:execution:support-center-prod-case-follow-up:case-00000042-reply-3";

describe("the AWS console URL of an execution", () => {
  it("points at the execution's details in its region", () => {
    expect(executionConsoleUrl(ARN)).toBe(
      `https://eu-central-1.console.aws.amazon.com/states/home?region=eu-central-1#/v2/executions/details/${ARN}`,
    );
  });

  it("takes the region given, e.g. the stack's", () => {
    expect(executionConsoleUrl(ARN, "cn-north-1")).toMatch(/^https:\/\/cn-north-1\.console\.aws\.amazon\.com\//);
  });

  it("refuses what is no Step Functions ARN or no region", () => {
    expect(() => regionOfArn("arn:aws:lambda:eu-west-1:1:function:x")).toThrow(/not a Step Functions ARN/);
    expect(() => regionOfArn("case-00000042-reply-3")).toThrow(/not a Step Functions ARN/);
    expect(() => executionConsoleUrl(ARN, "evil.example.com/#")).toThrow(/not an AWS region/);
  });
});

describe("follow-up execution names", () => {
  it("give back the case and reply they were built from", () => {
    expect(parseFollowUpExecutionName(followUpExecutionName("00000042", "7"))).toEqual({
      caseNumber: "00000042",
      replyId: "7",
    });
  });

  it("are not parsed from other names", () => {
    expect(parseFollowUpExecutionName("case-42-reply-7")).toBeUndefined();
    expect(parseFollowUpExecutionName("case-00000042-reply-")).toBeUndefined();
    expect(parseFollowUpExecutionName("nightly-cleanup")).toBeUndefined();
  });
});
