import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { followUpDays, followUpState } from "#domain/follow-up";
import { followUpExecutionArn, followUpExecutionName, SECONDS_PER_DAY } from "#domain/follow-up-protocol";
import { executionConsoleUrl, localExecutionUrl } from "#domain/step-functions-console";

const repliedAt = "2026-03-02T09:00:00.000Z";
const waiting = {
  status: "awaiting_customer",
  replyCount: 2,
  awaitingReplyId: "2",
  followUpsSent: 0,
  latestSupportReply: { at: repliedAt },
};

describe("the follow-up state of a case", () => {
  it("says when each next e-mail goes out: 3, 6 and 10 days after the reply", () => {
    const days = (sent: number) => {
      const state = followUpState({ ...waiting, followUpsSent: sent });
      return (Date.parse(state.nextEmailAt ?? "") - Date.parse(repliedAt)) / (SECONDS_PER_DAY * 1000);
    };
    expect([0, 1, 2].map(days)).toEqual(followUpDays());
    expect(followUpState(waiting)).toMatchObject({
      step: "reply-sent",
      running: true,
      nextFollowUp: 1,
      replyId: "2",
    });
    expect(followUpState({ ...waiting, followUpsSent: 2 })).toMatchObject({
      step: "waiting-for-follow-up",
      nextFollowUp: 3,
    });
  });

  it("tells none, done, stopped and failed apart", () => {
    expect(followUpState({ status: "awaiting_support", replyCount: 0, followUpsSent: 0 }).step).toBe("none");
    expect(followUpState({ ...waiting, status: "no_customer_response", followUpsSent: 3 }).step).toBe("done");
    const answered = { ...waiting, status: "awaiting_support", awaitingReplyId: undefined, followUpsSent: 1 };
    expect(followUpState(answered)).toMatchObject({ step: "stopped", running: false, replyId: "2" });
    expect(followUpState({ ...waiting, followUpFailure: { replyId: "2" } }).step).toBe("failed");
    // An old reply's failure says nothing about the newer sequence.
    expect(followUpState({ ...waiting, followUpFailure: { replyId: "1" } }).step).toBe("reply-sent");
  });

  it("is running exactly while the case waits on the customer for that reply", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("awaiting_customer", "awaiting_support", "resolved", "no_customer_response"),
        fc.option(fc.constant("2"), { nil: undefined }),
        fc.integer({ min: 0, max: 3 }),
        (status, awaitingReplyId, followUpsSent) => {
          const state = followUpState({ ...waiting, status, awaitingReplyId, followUpsSent });
          expect(state.running).toBe(status === "awaiting_customer" && awaitingReplyId !== undefined);
          expect(state.nextEmailAt !== undefined).toBe(state.running && followUpsSent < 3);
        },
      ),
    );
  });

  it("links the execution in the AWS console of the ARN's region", () => {
    const arn = followUpExecutionArn(
      "arn:aws:states:eu-central-1:123456789012:stateMachine:support-center-prod-case-follow-up",
      followUpExecutionName("00000042", "3"),
    );
    expect(arn).toBe(
      "arn:aws:states:eu-central-1:123456789012:execution:support-center-prod-case-follow-up:case-00000042-reply-3",
    );
    expect(executionConsoleUrl(arn)).toBe(
      `https://eu-central-1.console.aws.amazon.com/states/home?region=eu-central-1#/v2/executions/details/${arn}`,
    );
    expect(localExecutionUrl("http://127.0.0.1:3000/console/", arn)).toBe(
      `http://127.0.0.1:3000/console/execution?arn=${encodeURIComponent(arn)}`,
    );
  });
});
