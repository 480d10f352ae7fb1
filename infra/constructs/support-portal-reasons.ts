import { Stack } from "aws-cdk-lib";
import type { Distribution } from "aws-cdk-lib/aws-cloudfront";
import { Policy, type Role } from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";
import { exemptFromGuardRules } from "./guard";
import { acknowledge, wildcardResourceFinding } from "./nag";

/**
 * Why the portal's resources are as they are where cdk-nag or a Control Tower control expects
 * otherwise: written here, next to nothing else, so support-portal.ts stays about what it builds.
 */

const NO_OBJECT_EVENTS =
  "Nothing reacts to object events: the portal's files change only through the CDK deployment, and log files are read by hand during an investigation. A notification would have no consumer.";
const S3_MANAGED_KEYS =
  "S3-managed keys: the portal build is public content served to every visitor, and CloudFront's legacy log delivery writes only to buckets with S3-managed keys. A KMS key would add a key policy for CloudFront and cost without protecting anything secret.";

/** The exemptions of the bucket CloudFront writes its access logs to. */
export function accessLogExemptions(notLoggedItself: string): Record<string, string> {
  return {
    s3_bucket_logging_enabled_check: notLoggedItself,
    s3_bucket_default_encryption_kms_check: S3_MANAGED_KEYS,
    s3_bucket_versioning_enabled_check:
      "Log files are written once by CloudFront's log delivery and never changed; the lifecycle rule deletes them after 90 days on purpose (they name IP addresses), and versions would keep them beyond that.",
    s3_event_notifications_enabled_check: NO_OBJECT_EVENTS,
    s3_bucket_object_lock_enabled_check:
      "The lifecycle rule must delete the logs after 90 days (they name IP addresses); object lock would forbid that, and it cannot be turned off once on.",
  };
}

/** The exemptions of the bucket the portal is served from. */
export function siteBucketExemptions(loggedByCloudFront: string): Record<string, string> {
  return {
    s3_bucket_logging_enabled_check: loggedByCloudFront,
    s3_bucket_default_encryption_kms_check: S3_MANAGED_KEYS,
    s3_event_notifications_enabled_check: NO_OBJECT_EVENTS,
    s3_bucket_object_lock_enabled_check:
      "Every deployment replaces index.html and the runtime configuration: object lock would forbid exactly that. Versioning keeps the previous builds for a rollback.",
  };
}

/** The distribution without a custom domain: what CloudFront's default certificate decides. */
export function exemptDistribution(distribution: Distribution): void {
  const defaultCertificate =
    "The distribution answers on its *.cloudfront.net name with CloudFront's default certificate (no custom domain yet), for which CloudFront fixes the certificate, SNI and the viewer TLS policy itself; a custom domain with an ACM certificate in us-east-1 would allow TLSv1.2_2021.";
  exemptFromGuardRules(distribution, {
    cloudfront_custom_ssl_certificate_check: defaultCertificate,
    cloudfront_sni_enabled_check: defaultCertificate,
    cloudfront_security_policy_check: defaultCertificate,
    cloudfront_origin_failover_enabled_check:
      "One bucket in one region and one API: a failover origin group would need a replicated bucket and a second API deployment in another region, which this single-region stack does not have. CloudFront's edge caches still serve the portal's files during a short origin outage.",
  });
  acknowledge(
    distribution,
    "AwsSolutions-CFR4",
    "The distribution uses CloudFront's default *.cloudfront.net certificate, for which CloudFront fixes the viewer TLS policy itself; a minimum of TLSv1.2_2021 needs a custom domain and ACM certificate, which this stack does not have yet.",
  );
  acknowledge(
    distribution,
    "AwsSolutions-CFR1",
    "No geo restriction on purpose: the support portal serves the vendor's customers wherever they are (the handbook's customers are in China and abroad); abuse is limited per client by the web ACL's rate rules instead.",
  );
}

/** Without a web ACL, why the distribution still may go out. */
export function acknowledgeNoWebAcl(distribution: Distribution, wanted: boolean): void {
  acknowledge(
    distribution,
    "AwsSolutions-CFR2",
    wanted
      ? "The web ACL was asked for but this stack is outside us-east-1, where CloudFront's web ACLs must be created: the synth warns, and the PortalFirewall stack's ACL is attached with -c portalWebAclArn=<arn> on the next deploy. The API's throttles apply meanwhile."
      : "AWS WAF is opt-in outside prod (-c portalWaf=true), since a web ACL is billed monthly per ACL and rule plus per request; the API's stage and route throttles still apply.",
  );
}

const WILDCARD_OBJECTS_REASON =
  "Every object in the portal's bucket, or of the staged asset: the deployment copies the whole build, whose file names change with every build.";
const WILDCARD_ACTION_REASON =
  "Granted by CDK's BucketDeployment (grantReadWrite on the portal bucket, read on the asset bucket): s3 sync lists, reads, writes, aborts multipart uploads and may delete under the destination, and its action groups have no narrower spelling.";

/**
 * The BucketDeployment handler (CDK's own Python function, one per stack) and its role, which
 * CDK grants wildcard actions on the portal bucket's objects and on the staged asset: each
 * finding acknowledged by name, from the role's statements as CDK wrote them.
 */
export function acknowledgeDeployment(scope: Construct, role: Role): void {
  const policy = role.node.tryFindChild("DefaultPolicy");
  if (!(policy instanceof Policy)) throw new Error("the deployment role has no grants yet");
  const { Statement } = policy.document.toJSON() as {
    Statement: { Action: string | string[]; Resource: string | string[] }[];
  };
  for (const statement of Statement) {
    for (const action of [statement.Action].flat().filter((a) => a.includes("*"))) {
      acknowledge(role, `AwsSolutions-IAM5[Action::${action}]`, WILDCARD_ACTION_REASON);
    }
    for (const finding of [statement.Resource].flat().map((r) => wildcardResourceFinding(scope, r))) {
      if (finding.endsWith("/*]")) acknowledge(role, finding, WILDCARD_OBJECTS_REASON);
    }
  }
  const handler = Stack.of(scope).node.children.find((child) =>
    child.node.id.startsWith("Custom::CDKBucketDeployment"),
  );
  if (!handler) throw new Error("BucketDeployment created no handler function");
  acknowledge(
    handler,
    "AwsSolutions-L1",
    "CDK's BucketDeployment handler: CDK picks its Python runtime with each aws-cdk-lib release (it runs the bundled AWS CLI layer), and it runs only during deployments.",
  );
  exemptFromGuardRules(handler, {
    lambda_inside_vpc_check:
      "CDK's BucketDeployment handler copies the portal from the CDK asset bucket to the portal bucket during deployments and reaches nothing inside a VPC; a VPC would add NAT or S3 endpoints for nothing.",
  });
}
