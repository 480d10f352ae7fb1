import { beforeAll, describe, expect, it } from "vitest";
import {
  controlTowerFindings,
  type GuardExemption,
  type GuardFinding,
  guardExemptions,
} from "./control-tower";
import { template, useSynthesizedStacks, withOptions } from "./stack-synth";

useSynthesizedStacks();

describe("Control Tower proactive controls (cfn-guard)", () => {
  let findings: GuardFinding[];
  let exemptions: GuardExemption[];
  const key = ({ template, resource, rule }: GuardFinding | GuardExemption) =>
    `${template} ${resource} ${rule}`;

  beforeAll(() => {
    const templates = { default: template.toJSON(), options: withOptions.toJSON() };
    findings = controlTowerFindings(templates);
    exemptions = guardExemptions(templates);
  }, 120_000);

  it("finds nothing that is not exempted next to its resource, with every option on or off", () => {
    const exempted = new Set(exemptions.map(key));
    const unexempted = findings
      .filter((finding) => !exempted.has(key(finding)))
      .map(({ template, resource, rule, control }) => `${rule} (${control}) at ${template}: ${resource}`);
    expect(unexempted).toEqual([]);
  });

  it("exempts only resources a rule still finds, each with a written reason", () => {
    const found = new Set(findings.map(key));
    expect(exemptions.filter((exemption) => !found.has(key(exemption))).map(key)).toEqual([]);
    for (const exemption of exemptions) {
      expect(exemption.reason.length, key(exemption)).toBeGreaterThanOrEqual(80);
    }
  });

  it("exempts only these rules", () => {
    const allowed = [
      // Public routes (sign-up, sign-in, reference data); each route's invoke permission.
      "api_gw_v2_authorization_type_configured_check",
      "lambda_function_public_access_prohibited_check",
      // No function reaches anything inside a VPC.
      "lambda_inside_vpc_check",
      // Dead-letter queues are the last stop.
      "sqs_dlq_check",
      // The buckets: S3-managed keys, nothing consumes object events, objects must stay deletable;
      // the access-log bucket is not logged or versioned itself.
      "s3_bucket_default_encryption_kms_check",
      "s3_event_notifications_enabled_check",
      "s3_bucket_object_lock_enabled_check",
      "s3_bucket_logging_enabled_check",
      "s3_bucket_versioning_enabled_check",
      // The portal's distribution: CloudFront's default certificate, one origin region.
      "cloudfront_custom_ssl_certificate_check",
      "cloudfront_sni_enabled_check",
      "cloudfront_security_policy_check",
      "cloudfront_origin_failover_enabled_check",
    ];
    expect(
      [...new Set(exemptions.map(({ rule }) => rule))].filter((rule) => !allowed.includes(rule)),
    ).toEqual([]);
  });
});
