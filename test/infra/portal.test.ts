import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CREDENTIAL_REQUESTS_PER_IP,
  credentialPaths,
  REQUESTS_PER_IP,
} from "#infra/constructs/portal-firewall";
import { CACHE_CLASSES, SupportPortal, type SupportPortalProps } from "#infra/constructs/support-portal";
import { portalWafWanted } from "#infra/portal-settings";
import { fromRepositoryRoot } from "#infra/repository";
import { runtimeConfig } from "../../web/runtime-config";
import { pageSecurityHeaders, regionalS3Origins } from "../../web/serving";
import { usePortalBuild } from "./portal-build";

const ACCOUNT = "123456789012";
const WEB_ACL_ARN = `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/shared-portal/0a1b2c3d-4e5f-6789-abcd-ef0123456789`;
const SELF_SERVICE = { forum: "https://forum.acme.example/" };
/** CloudFront's managed policies, by the ids AWS gives them. */
const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

const portal = usePortalBuild();
const outdir = mkdtempSync(join(tmpdir(), "support-center-portal-synth-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

interface Probe {
  stack: Stack;
  template: Template;
}
const probes: Record<"dev" | "prodUsEast" | "prodWithArn" | "prodElsewhere", Probe> = {} as never;

/** The portal in a stack of its own with a bare HTTP API: what the construct itself makes. */
function portalStack(app: App, id: string, region: string, props: Partial<SupportPortalProps>): Stack {
  const stack = new Stack(app, id, { env: { account: ACCOUNT, region } });
  const httpApi = new HttpApi(stack, "Api");
  new SupportPortal(stack, "Portal", {
    stage: "test",
    siteDirectory: portal.directory,
    httpApi,
    waf: false,
    ...props,
  });
  return stack;
}

beforeAll(() => {
  const cdkJson = JSON.parse(readFileSync(fromRepositoryRoot("cdk.json"), "utf8")) as {
    context: Record<string, unknown>;
  };
  const app = new App({ outdir, context: cdkJson.context });
  const stacks = {
    dev: portalStack(app, "PortalDev", "eu-west-1", { selfServiceUrls: SELF_SERVICE }),
    prodUsEast: portalStack(app, "PortalProdUsEast", "us-east-1", { stage: "prod", waf: true }),
    prodWithArn: portalStack(app, "PortalProdArn", "eu-west-1", { waf: true, webAclArn: WEB_ACL_ARN }),
    prodElsewhere: portalStack(app, "PortalProdElsewhere", "eu-west-1", { waf: true }),
  };
  for (const [name, stack] of Object.entries(stacks)) {
    probes[name as keyof typeof probes] = { stack, template: Template.fromStack(stack) };
  }
});

const dev = () => probes.dev.template;

function onlyResource(template: Template, type: string): Record<string, unknown> {
  const found = Object.values(template.findResources(type));
  expect(found, type).toHaveLength(1);
  return (found[0] as { Properties: Record<string, unknown> }).Properties;
}

function distributionConfig(template = dev()): Record<string, unknown> {
  return onlyResource(template, "AWS::CloudFront::Distribution").DistributionConfig as Record<
    string,
    unknown
  >;
}

interface CloudFrontEvent {
  request: { uri: string; method: string; headers: Record<string, { value: string }> };
}
type Handler = (event: CloudFrontEvent) => unknown;

/** The deployed code of a CloudFront Function (its comment names it), run here as CloudFront would. */
function edgeHandler(comment: RegExp): Handler {
  const functions = Object.values(dev().findResources("AWS::CloudFront::Function")) as {
    Properties: { FunctionCode: string; FunctionConfig: { Comment: string; Runtime: string } };
  }[];
  const found = functions.filter((fn) => comment.test(fn.Properties.FunctionConfig.Comment));
  expect(found).toHaveLength(1);
  expect(found[0]?.Properties.FunctionConfig.Runtime).toBe("cloudfront-js-2.0");
  return new Function(`${found[0]?.Properties.FunctionCode}\nreturn handler;`)() as Handler;
}

const viewerRequest = (uri: string): CloudFrontEvent => ({
  request: { uri, method: "GET", headers: { authorization: { value: "Bearer token" } } },
});

describe("the portal bucket", () => {
  it("is private: public access blocked, no ACLs, no website hosting, TLS only, encrypted, versioned", () => {
    const buckets = dev().findResources("AWS::S3::Bucket");
    const [, site] = Object.entries(buckets).find(([id]) => id.startsWith("PortalBucket")) as [
      string,
      { Properties: Record<string, unknown> },
    ];
    expect(site.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      VersioningConfiguration: { Status: "Enabled" },
    });
    expect(site.Properties.WebsiteConfiguration).toBeUndefined();
  });

  it("lets only this distribution read it, through origin access control, and denies plain HTTP", () => {
    const oac = onlyResource(dev(), "AWS::CloudFront::OriginAccessControl");
    expect(oac.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: "s3",
      SigningBehavior: "always",
      SigningProtocol: "sigv4",
    });
    const [policy] = Object.values(dev().findResources("AWS::S3::BucketPolicy")).filter((p) =>
      JSON.stringify(p.Properties.Bucket).includes("PortalBucket"),
    );
    const document = policy?.Properties.PolicyDocument as { Statement: Record<string, unknown>[] };
    const reads = document.Statement.filter((s) => s.Effect === "Allow");
    expect(reads).toEqual([
      expect.objectContaining({
        Principal: { Service: "cloudfront.amazonaws.com" },
        Action: "s3:GetObject",
        Condition: { StringEquals: { "AWS:SourceArn": expect.anything() } },
      }),
    ]);
    expect(JSON.stringify(reads[0]?.Condition)).toContain("PortalDistribution");
    expect(document.Statement).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    );
    const [origin] = (distributionConfig().Origins as Record<string, unknown>[]).filter(
      (o) => o.S3OriginConfig,
    );
    expect(origin).toMatchObject({
      S3OriginConfig: { OriginAccessIdentity: "" },
      OriginAccessControlId: { "Fn::GetAtt": [expect.stringMatching(/OriginAccessControl/), "Id"] },
    });
  });
});

describe("the distribution", () => {
  it("serves the portal from the bucket, cached, over HTTPS, with the page headers and the rewrite", () => {
    expect(distributionConfig()).toMatchObject({
      DefaultRootObject: "portal/index.html",
      HttpVersion: "http2and3",
      DefaultCacheBehavior: {
        ViewerProtocolPolicy: "redirect-to-https",
        CachePolicyId: CACHING_OPTIMIZED,
        Compress: true,
        FunctionAssociations: [{ EventType: "viewer-request", FunctionARN: expect.anything() }],
      },
    });
    expect(distributionConfig().CustomErrorResponses).toBeUndefined();
  });

  it("sends /api/* to the HTTP API's own endpoint: every method, nothing cached, every header but Host", () => {
    const config = distributionConfig();
    const [api] = config.CacheBehaviors as Record<string, unknown>[];
    expect(config.CacheBehaviors).toHaveLength(1);
    expect(api).toMatchObject({
      PathPattern: "/api/*",
      ViewerProtocolPolicy: "https-only",
      AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
      FunctionAssociations: [{ EventType: "viewer-request", FunctionARN: expect.anything() }],
    });
    const origin = (config.Origins as Record<string, unknown>[]).find((o) => o.Id === api?.TargetOriginId);
    expect(origin).toMatchObject({
      DomainName: {
        "Fn::Select": [
          2,
          { "Fn::Split": ["/", { "Fn::GetAtt": [expect.stringMatching(/^Api/), "ApiEndpoint"] }] },
        ],
      },
      CustomOriginConfig: { OriginProtocolPolicy: "https-only", OriginSSLProtocols: ["TLSv1.2"] },
    });
  });

  it("strips /api from the path before the API, and keeps everything else of the request", () => {
    const strip = edgeHandler(/Strips \/api/);
    const request = strip(viewerRequest("/api/cases/123/events")) as CloudFrontEvent["request"];
    expect(request).toEqual({
      uri: "/cases/123/events",
      method: "GET",
      headers: { authorization: { value: "Bearer token" } },
    });
    expect((strip(viewerRequest("/api/")) as { uri: string }).uri).toBe("/");
    expect((strip(viewerRequest("/api/docs")) as { uri: string }).uri).toBe("/docs");
  });

  it("answers deep links with index.html, leaves files alone and redirects / to /portal/", () => {
    const rewrite = edgeHandler(/Deep links/);
    const uriOf = (uri: string) => (rewrite(viewerRequest(uri)) as { uri?: string }).uri;
    expect(uriOf("/portal/cases/123")).toBe("/portal/index.html");
    expect(uriOf("/portal/")).toBe("/portal/index.html");
    expect(uriOf("/portal/sign-in")).toBe("/portal/index.html");
    expect(uriOf("/portal/assets/main-ABCD1234.js")).toBe("/portal/assets/main-ABCD1234.js");
    expect(uriOf("/portal/config.json")).toBe("/portal/config.json");
    expect(uriOf("/portal/fonts/noto-sans-sc-0-400-normal.woff2")).toBe(
      "/portal/fonts/noto-sans-sc-0-400-normal.woff2",
    );
    for (const root of ["/", "/portal"]) {
      expect(rewrite(viewerRequest(root))).toEqual({
        statusCode: 302,
        statusDescription: "Found",
        headers: { location: { value: "/portal/" } },
      });
    }
  });

  it("sends the local gateway's security headers with every page, plus HSTS for a year with subdomains", () => {
    const policies = Object.values(dev().findResources("AWS::CloudFront::ResponseHeadersPolicy")) as {
      Properties: {
        ResponseHeadersPolicyConfig: { Comment: string; SecurityHeadersConfig: Record<string, unknown> };
      };
    }[];
    const byComment = (pattern: RegExp) =>
      policies.find((p) => pattern.test(p.Properties.ResponseHeadersPolicyConfig.Comment))?.Properties
        .ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const hsts = { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true, Override: true };
    const PAGE_SECURITY_HEADERS = pageSecurityHeaders(regionalS3Origins("eu-west-1"));
    const pages = byComment(/pages/);
    expect(pages).toEqual({
      ContentSecurityPolicy: {
        ContentSecurityPolicy: PAGE_SECURITY_HEADERS["content-security-policy"],
        Override: true,
      },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: PAGE_SECURITY_HEADERS["x-frame-options"], Override: true },
      ReferrerPolicy: { ReferrerPolicy: PAGE_SECURITY_HEADERS["referrer-policy"], Override: true },
      StrictTransportSecurity: hsts,
    });
    expect(PAGE_SECURITY_HEADERS["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(PAGE_SECURITY_HEADERS["content-security-policy"]).not.toMatch(/unsafe-inline/);
    expect(PAGE_SECURITY_HEADERS["x-content-type-options"]).toBe("nosniff");
    // The API reference page sends its own CSP; the API behavior adds no CSP of the portal's.
    const api = byComment(/API/);
    expect(api).toEqual({
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: PAGE_SECURITY_HEADERS["referrer-policy"], Override: true },
      StrictTransportSecurity: hsts,
    });
  });

  it("logs every request into a private, TLS-only bucket that forgets after 90 days, without cookies", () => {
    const logging = distributionConfig().Logging as Record<string, unknown>;
    expect(logging).toMatchObject({
      Bucket: { "Fn::GetAtt": [expect.stringMatching(/^PortalAccessLogs/), "RegionalDomainName"] },
      IncludeCookies: false,
      Prefix: "distribution/",
    });
    const [, logs] = Object.entries(dev().findResources("AWS::S3::Bucket")).find(([id]) =>
      id.startsWith("PortalAccessLogs"),
    ) as [string, { Properties: Record<string, unknown> }];
    expect(logs.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true },
      LifecycleConfiguration: { Rules: [expect.objectContaining({ ExpirationInDays: 90 })] },
    });
  });
});

describe("the web ACL", () => {
  it("is off by default, on for prod unless the context says otherwise", () => {
    dev().resourceCountIs("AWS::WAFv2::WebACL", 0);
    expect(distributionConfig().WebACLId).toBeUndefined();
    expect(portalWafWanted("dev", undefined)).toBe(false);
    expect(portalWafWanted("prod", undefined)).toBe(true);
    expect(portalWafWanted("prod", false)).toBe(false);
    expect(portalWafWanted("dev", true)).toBe(true);
  });

  it("in us-east-1: created with the stack, CLOUDFRONT-scoped, rate-limiting per IP, and attached", () => {
    const { template } = probes.prodUsEast;
    const acl = onlyResource(template, "AWS::WAFv2::WebACL");
    expect(acl).toMatchObject({ Scope: "CLOUDFRONT", DefaultAction: { Allow: {} } });
    const rules = acl.Rules as {
      Name: string;
      Action: unknown;
      Statement: { RateBasedStatement: Record<string, unknown> };
    }[];
    expect(rules.map((r) => r.Name)).toEqual(["CredentialRoutesPerIp", "RequestsPerIp"]);
    for (const rule of rules) {
      expect(rule.Action).toEqual({ Block: { CustomResponse: { ResponseCode: 429 } } });
      expect(rule.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: "IP" });
    }
    expect(rules[0]?.Statement.RateBasedStatement.Limit).toBe(CREDENTIAL_REQUESTS_PER_IP);
    expect(rules[1]?.Statement.RateBasedStatement.Limit).toBe(REQUESTS_PER_IP);
    const scoped = JSON.stringify(rules[0]?.Statement.RateBasedStatement.ScopeDownStatement);
    for (const path of credentialPaths()) expect(scoped).toContain(`"${path}"`);
    expect(credentialPaths()).toEqual(expect.arrayContaining(["/api/sessions", "/api/accounts"]));
    const [aclId] = Object.keys(template.findResources("AWS::WAFv2::WebACL"));
    expect(distributionConfig(template).WebACLId).toEqual({ "Fn::GetAtt": [aclId, "Arn"] });
  });

  it("elsewhere: attaches the ACL given by ARN, or warns how to get one", () => {
    probes.prodWithArn.template.resourceCountIs("AWS::WAFv2::WebACL", 0);
    expect(distributionConfig(probes.prodWithArn.template).WebACLId).toBe(WEB_ACL_ARN);
    probes.prodElsewhere.template.resourceCountIs("AWS::WAFv2::WebACL", 0);
    Annotations.fromStack(probes.prodElsewhere.stack).hasWarning(
      "/PortalProdElsewhere/Portal",
      Match.stringLikeRegexp("live in us-east-1.*-c portalWebAclArn="),
    );
    expect(Annotations.fromStack(probes.dev.stack).findWarning("*", Match.anyValue())).toEqual([]);
  });
});

describe("the deployment", () => {
  interface DeploymentProperties {
    SourceObjectKeys: string[];
    DestinationBucketKeyPrefix: string;
    Prune: boolean;
    Exclude: string[];
    Include: string[];
    SystemMetadata: Record<string, string>;
  }
  const deployments = () =>
    Object.entries(dev().findResources("Custom::CDKBucketDeployment")) as [
      string,
      { Properties: DeploymentProperties; DependsOn?: string[] },
    ][];
  const assetDirectory = (key: string) => join(outdir, `asset.${key.replace(/\.zip$/, "")}`);

  it("copies the build under portal/ in three cache classes, none pruning, the pages last", () => {
    const found = deployments();
    expect(found).toHaveLength(CACHE_CLASSES.length);
    const byCache = Object.fromEntries(
      found.map(([id, d]) => [d.Properties.SystemMetadata["cache-control"], { id, ...d }]),
    );
    expect(Object.keys(byCache).sort()).toEqual(
      ["no-cache", "public, max-age=2592000", "public, max-age=31536000, immutable"].sort(),
    );
    for (const [, { Properties }] of found) {
      expect(Properties).toMatchObject({
        DestinationBucketKeyPrefix: "portal/",
        Prune: false,
        Exclude: ["*"],
      });
    }
    expect(byCache["public, max-age=31536000, immutable"]?.Properties.Include).toEqual(["assets/*-*"]);
    const pages = byCache["no-cache"];
    expect(pages?.Properties.Include).toEqual(["index.html", "assets/fonts.css", "config.json"]);
    const others = found.map(([id]) => id).filter((id) => id !== pages?.id);
    expect(pages?.DependsOn).toEqual(expect.arrayContaining(others));
    // One asset, the real build: index.html names the bundle that is beside it.
    const siteKeys = new Set(found.map(([, d]) => d.Properties.SourceObjectKeys[0]));
    expect(siteKeys.size).toBe(1);
    const site = assetDirectory([...siteKeys][0] ?? "");
    expect(readFileSync(join(site, "index.html"), "utf8")).toContain(`/portal/assets/${portal.js()}`);
    expect(readdirSync(join(site, "assets"))).toContain(portal.js());
  });

  it("writes config.json at deploy time: the API under /api, the languages, the self-service URLs from the context", () => {
    const pages = deployments().find(([, d]) => d.Properties.SystemMetadata["cache-control"] === "no-cache");
    const keys = pages?.[1].Properties.SourceObjectKeys ?? [];
    expect(keys).toHaveLength(2);
    const config = JSON.parse(readFileSync(join(assetDirectory(keys[1] ?? ""), "config.json"), "utf8"));
    expect(config).toEqual(runtimeConfig({ apiBase: "/api", selfServiceUrls: SELF_SERVICE }));
    expect(config.selfServiceUrls.forum).toBe(SELF_SERVICE.forum);
  });

  it("runs with a role of its own that writes only to its log group, without AWS managed policies", () => {
    const functions = Object.values(dev().findResources("AWS::Lambda::Function")) as {
      Properties: { Role: { "Fn::GetAtt": [string, string] }; LoggingConfig?: unknown };
    }[];
    expect(functions).toHaveLength(1);
    const roleId = functions[0]?.Properties.Role["Fn::GetAtt"][0] ?? "";
    expect(roleId).toMatch(/^PortalDeploymentRole/);
    const role = dev().findResources("AWS::IAM::Role")[roleId] as { Properties: Record<string, unknown> };
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(functions[0]?.Properties.LoggingConfig).toEqual({
      LogGroup: { Ref: expect.stringMatching(/^PortalDeploymentLogs/) },
    });
  });
});

describe("cdk-nag (AwsSolutions)", () => {
  it("finds nothing unacknowledged in the portal, with or without the web ACL", () => {
    for (const { stack } of Object.values(probes)) {
      const report = new AwsSolutionsChecks().validateScope(stack);
      const portalFindings = report.violations
        .flatMap((violation) =>
          violation.violatingResources.map(
            (resource) => `${violation.ruleName} at ${resource.constructPath}`,
          ),
        )
        // The bare HTTP API beside it is only there to be an origin.
        .filter((finding) => !/ at [^/]+\/Api\//.test(finding));
      expect(portalFindings, stack.stackName).toEqual([]);
    }
  });
});
