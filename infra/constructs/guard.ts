import { CfnResource } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/**
 * The template metadata an exemption from a Control Tower proactive control (a cfn-guard rule)
 * is written to: the rule names under `SuppressedRules`, as the AWS Guard Rules Registry's rules
 * read them, and each one's reason beside it, so the template says why.
 */
export interface GuardMetadata {
  SuppressedRules: string[];
  Reasons: Record<string, string>;
}

/**
 * Exempts one resource from one cfn-guard rule (by its rule name, e.g. `lambda_inside_vpc_check`),
 * with the reason written next to it, as `acknowledge` does for cdk-nag. The Control Tower rules
 * themselves ignore the metadata; the infra tests read it and fail on any finding without it.
 */
export function exemptFromGuardRule(scope: IConstruct, rule: string, reason: string): void {
  const resource = scope instanceof CfnResource ? scope : scope.node.defaultChild;
  if (!(resource instanceof CfnResource)) {
    throw new Error(`${scope.node.path} is no CloudFormation resource; exempt its resource instead`);
  }
  const current = resource.getMetadata("guard") as GuardMetadata | undefined;
  const metadata: GuardMetadata = {
    SuppressedRules: [...(current?.SuppressedRules ?? []), rule],
    Reasons: { ...current?.Reasons, [rule]: reason },
  };
  resource.addMetadata("guard", metadata);
}

/** Several exemptions of one resource: rule name → reason. */
export function exemptFromGuardRules(scope: IConstruct, reasons: Record<string, string>): void {
  for (const [rule, reason] of Object.entries(reasons)) exemptFromGuardRule(scope, rule, reason);
}
