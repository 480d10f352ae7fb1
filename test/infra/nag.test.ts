import { readFileSync } from "node:fs";
import { Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { fromRepositoryRoot } from "#infra/repository";
import { ROUTE_LIST, stacks, useSynthesizedStacks } from "./stack-synth";

useSynthesizedStacks();

/** Every acknowledgment in a construct tree: where, which rule, and why. */
function acknowledgments(root: IConstruct): { path: string; kind: string; rule: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([rule, reason]) => ({
          path: construct.node.path,
          kind: construct.constructor.name,
          rule: rule.replace(/^annotation::/i, ""),
          reason,
        })),
      ),
  );
}

describe("cdk-nag (AwsSolutions)", () => {
  it("finds nothing unacknowledged, neither errors nor warnings, with every option on or off", () => {
    for (const stack of stacks) {
      const report = new AwsSolutionsChecks().validateScope(stack);
      const findings = report.violations.map(
        (violation) =>
          `${violation.severity} ${violation.ruleName} at ${violation.violatingResources
            .map((resource) => resource.constructPath)
            .join(", ")}`,
      );
      expect(findings, stack.stackName).toEqual([]);
      expect(report.success).toBe(true);
    }
  });

  it("runs in every synth of the app", () => {
    const app = readFileSync(fromRepositoryRoot("infra/app.ts"), "utf8");
    expect(app).toMatch(/Validations\.of\(app\)\.addPlugins\(new AwsSolutionsChecks\(app\)\)/);
  });

  it("acknowledges only these findings, on resources, never stack-wide, each with a written reason", () => {
    const found = acknowledgments(stacks[1]!);
    for (const { path, kind, reason } of found) {
      expect(kind, path).not.toMatch(/^(App|Stage|SupportCenterStack|Stack)$/);
      expect(reason.length, path).toBeGreaterThanOrEqual(80);
    }
    const allowed = [
      // Node 22 kept on purpose; X-Ray and log delivery actions that have no resource ARN.
      /^AwsSolutions-L1$/,
      /^AwsSolutions-IAM5\[Resource::\*\]$/,
      // Presigned URLs for one key prefix of the files bucket.
      /^AwsSolutions-IAM5\[Resource::<FilesBucket\w+\.Arn>\/(releases|attachments|inbound)\/\*\]$/,
      // StopExecution on this state machine's executions.
      /^AwsSolutions-IAM5\[Resource::arn:aws:states:[\w-]+:\d+:execution:support-center-test-case-follow-up:\*\]$/,
      // The release-notices Distributed Map's own child executions and map runs.
      /^AwsSolutions-IAM5\[Resource::arn:aws:states:[\w-]+:\d+:(execution|mapRun):support-center-test-release-notices\/\*\]$/,
      // Public routes, MFA, the HMAC secret, dead-letter queues, the access-log buckets and the
      // portal bucket, ESSENTIALS; the distribution: no geo restriction, default certificate, WAF opt-in.
      /^AwsSolutions-(APIG4|COG2|COG8|SMG4|SQS3|S1|CFR1|CFR2|CFR4)$/,
      // CDK's BucketDeployment copying the portal: its s3 sync action groups, the bucket's objects, the asset.
      /^AwsSolutions-IAM5\[Action::s3:(GetBucket|GetObject|List|Abort|DeleteObject)\*\]$/,
      /^AwsSolutions-IAM5\[Resource::<PortalBucket\w+\.Arn>\/\*\]$/,
      /^AwsSolutions-IAM5\[Resource::arn:aws:s3:::cdk-\w+-assets-\d+-[\w-]+\/\*\]$/,
    ];
    const unexpected = [...new Set(found.map(({ rule }) => rule))].filter(
      (rule) => !allowed.some((pattern) => pattern.test(rule)),
    );
    expect(unexpected).toEqual([]);
    const publicRoutes = ROUTE_LIST.filter((route) => route.groups === "public").length;
    expect(found.filter(({ rule }) => rule === "AwsSolutions-APIG4")).toHaveLength(publicRoutes);
  });
});
