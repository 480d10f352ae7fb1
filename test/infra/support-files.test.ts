import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { describe, expect, it } from "vitest";
import {
  ACCESS_LOG_RETENTION,
  ATTACHMENTS_PREFIX,
  RELEASES_PREFIX,
  SupportFiles,
} from "#infra/constructs/support-files";
import {
  ACCOUNT,
  cdkJsonContext,
  REGION,
  ROUTE_LIST,
  template,
  useSynthesizedStacks,
  withOptions,
} from "./stack-synth";
import {
  allStatements,
  asList,
  type CfnResource,
  getAtt,
  logicalIdOf,
  resources,
  roleOfFunction,
  routeFunctionId,
  type Statement,
} from "./template-queries";

useSynthesizedStacks();

describe("the files bucket", () => {
  const bucket = (): [string, CfnResource] => {
    const found = resources("AWS::S3::Bucket").filter(([id]) => id.startsWith("FilesBucket"));
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const policyOf = (bucketId: string): CfnResource => {
    const found = resources("AWS::S3::BucketPolicy").filter(
      ([, policy]) => JSON.stringify(policy.Properties.Bucket) === JSON.stringify({ Ref: bucketId }),
    );
    expect(found).toHaveLength(1);
    return found[0]![1];
  };

  it("blocks every kind of public access and disables ACLs", () => {
    expect(bucket()[1].Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    });
  });

  it("denies every request not made over TLS and attachment PUTs that could overwrite, and allows only SES to store received mail under inbound/", () => {
    const [bucketId] = bucket();
    const policy = policyOf(bucketId);
    const { Statement } = policy.Properties.PolicyDocument as {
      Statement: (Statement & { Principal: unknown })[];
    };
    expect(Statement).toEqual([
      {
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "s3:*",
        Condition: { Bool: { "aws:SecureTransport": "false" } },
        Resource: [getAtt(bucketId, "Arn"), { "Fn::Join": ["", [getAtt(bucketId, "Arn"), "/*"]] }],
      },
      // Attachments are create-only: a PUT without If-None-Match is denied, whoever signed it.
      {
        Sid: "AttachmentsAreCreateOnly",
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "s3:PutObject",
        Condition: { Null: { "s3:if-none-match": "true" } },
        Resource: { "Fn::Join": ["", [getAtt(bucketId, "Arn"), "/attachments/*"]] },
      },
      expect.objectContaining({
        Effect: "Allow",
        Principal: { Service: "ses.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: { "Fn::Join": ["", [getAtt(bucketId, "Arn"), "/inbound/*"]] },
        Condition: { StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } } },
      }),
    ]);
  });

  it("is encrypted with S3-managed keys, versioned, and aborts stale multipart uploads after a day", () => {
    expect(bucket()[1].Properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      VersioningConfiguration: { Status: "Enabled" },
      LifecycleConfiguration: {
        Rules: [
          {
            Id: "AbortIncompleteMultipartUploads",
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            Status: "Enabled",
          },
        ],
      },
    });
  });

  it("records every request in a private, TLS-only access-log bucket that forgets after 90 days", () => {
    const [, files] = bucket();
    const logBuckets = resources("AWS::S3::Bucket").filter(([id]) => id.startsWith("FilesAccessLogs"));
    expect(logBuckets).toHaveLength(1);
    const [logsId, logs] = logBuckets[0]!;
    expect(files.Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logsId },
      LogFilePrefix: "files/",
    });
    expect(logs.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      LifecycleConfiguration: {
        Rules: [
          { Id: "ExpireAccessLogs", ExpirationInDays: ACCESS_LOG_RETENTION.toDays(), Status: "Enabled" },
        ],
      },
    });
    const statements = (policyOf(logsId).Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    );
  });

  it("is retained, and nothing deletes its objects", () => {
    template.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    expect(JSON.stringify(template.toJSON())).not.toContain("auto-delete-objects");
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
  });

  it("is granted only to the routes that need files and to the inbound-mail function, and its name is an output", () => {
    const [bucketId] = bucket();
    const inboundRoles = resources("AWS::IAM::Role")
      .map(([id]) => id)
      .filter((id) => id.startsWith("InboundMailInboundMailFunction"));
    const filesRoles = new Set([
      ...ROUTE_LIST.filter((r) => r.needs.files).map((r) => roleOfFunction(routeFunctionId(r))),
      ...inboundRoles,
    ]);
    const s3Roles = allStatements()
      .filter(({ statement }) => asList(statement.Action).some((action) => action.startsWith("s3:")))
      .filter(({ statement }) => JSON.stringify(statement.Resource).includes(bucketId))
      .flatMap(({ roles }) => roles);
    expect(new Set(s3Roles)).toEqual(filesRoles);
    template.hasOutput("FilesBucketName", { Value: { Ref: bucketId } });
  });

  it("lets the portal's pages (and configured origins) PUT and GET through presigned URLs, no one else", () => {
    const rule = (origin: unknown) => ({
      AllowedOrigins: [origin],
      AllowedMethods: ["GET", "HEAD", "PUT"],
      AllowedHeaders: ["content-type", "content-md5", "if-none-match"],
      ExposedHeaders: ["ETag"],
      MaxAge: 3600,
    });
    const portalOrigin = {
      "Fn::Join": [
        "",
        ["https://", { "Fn::GetAtt": [logicalIdOf("AWS::CloudFront::Distribution"), "DomainName"] }],
      ],
    };
    expect(bucket()[1].Properties.CorsConfiguration).toEqual({ CorsRules: [rule(portalOrigin)] });
    withOptions.hasResourceProperties("AWS::S3::Bucket", {
      CorsConfiguration: { CorsRules: [rule("https://portal.example.com"), rule(Match.anyValue())] },
    });
  });

  it("grants functions reads of releases/ and puts under one prefix, nothing wider", () => {
    const app = new App({ context: cdkJsonContext() });
    const stack = new Stack(app, "FilesGrants", { env: { account: ACCOUNT, region: REGION } });
    const files = new SupportFiles(stack, "Files", { corsOrigins: [] });
    const reader = new Role(stack, "Reader", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    const writer = new Role(stack, "Writer", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    files.grantReadReleases(reader);
    files.grantPutUnder(writer, ATTACHMENTS_PREFIX);
    expect(() => files.grantPutUnder(writer, "*")).toThrow(/Prefix/);
    const grants = Template.fromStack(stack);
    const filesBucketId = Object.keys(grants.findResources("AWS::S3::Bucket")).find((id) =>
      id.startsWith("FilesBucket"),
    );
    const bucketArn = getAtt(filesBucketId!, "Arn");
    const objects = (prefix: string) => ({ "Fn::Join": ["", [bucketArn, `/${prefix}*`]] });
    const statementsOf = (roleId: string) =>
      Object.values(grants.findResources("AWS::IAM::Policy"))
        .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(roleId))
        .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    // One exact action on one prefix: no s3:List*, s3:GetBucket*, s3:Abort* or tagging.
    const readerStatements = statementsOf("Reader");
    expect(readerStatements.flatMap((s) => asList(s.Resource))).toEqual([objects(RELEASES_PREFIX)]);
    expect(readerStatements.flatMap((s) => asList(s.Action))).toEqual(["s3:GetObject"]);
    const writerStatements = statementsOf("Writer");
    expect(writerStatements.flatMap((s) => asList(s.Resource))).toEqual([objects(ATTACHMENTS_PREFIX)]);
    expect(writerStatements.flatMap((s) => asList(s.Action))).toEqual(["s3:PutObject"]);
  });
});
