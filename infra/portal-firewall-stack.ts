import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { PortalFirewall } from "./constructs/portal-firewall";

/**
 * Only the portal's web ACL, for a stage outside us-east-1: CloudFront's web ACLs must be
 * created there. Deployed first; the stage's stack attaches it by the ARN it outputs.
 */
export class PortalFirewallStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps & { stage: string }) {
    super(scope, id, props);
    const firewall = new PortalFirewall(this, "Firewall", { stage: props.stage });
    new CfnOutput(this, "WebAclArn", {
      value: firewall.arn,
      description: "Pass to the stage's stack as -c portalWebAclArn=<this>",
    });
  }
}
