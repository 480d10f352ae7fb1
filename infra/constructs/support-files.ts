import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { AnyPrincipal, Effect, Grant, type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CorsRule,
  HttpMethods,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { exemptFromGuardRules } from "./guard";
import { acknowledge, wildcardResourceFinding } from "./nag";

/** Key prefix of release downloads (installers, patches), read by customers through presigned GETs. */
export const RELEASES_PREFIX = "releases/";
/** Key prefix of case attachments, uploaded by presigned PUTs. */
export const ATTACHMENTS_PREFIX = "attachments/";

export interface SupportFilesProps {
  /** Browser origins that may PUT and GET through presigned URLs; none means no CORS at all. */
  corsOrigins: readonly string[];
}

/**
 * Headers a browser may send with a presigned request. Content-Length is set by the browser
 * itself and never preflighted; the signature covers it (and Content-Type when the presigner
 * is told to sign it). If-None-Match makes an attachment upload create-only.
 */
const CORS_ALLOWED_HEADERS = ["content-type", "content-md5", "if-none-match"];

function corsRules(origins: readonly string[]): CorsRule[] | undefined {
  if (origins.length === 0) return undefined;
  return [
    {
      allowedOrigins: [...origins],
      allowedMethods: [HttpMethods.GET, HttpMethods.HEAD, HttpMethods.PUT],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: ["ETag"],
      maxAge: Duration.hours(1).toSeconds(),
    },
  ];
}

/** Server access logs name requesters (IP addresses): kept long enough for an investigation, no longer. */
export const ACCESS_LOG_RETENTION = Duration.days(90);

/** A key prefix: folders of lowercase letters, digits or dashes, ending in "/". */
const PREFIX = /^([a-z0-9][a-z0-9-]*\/)+$/;

/**
 * The files bucket: release downloads under `releases/` and (later) case attachments under
 * `attachments/`. Nothing in it is public: clients only ever get presigned URLs, which a
 * function signs with its own role, so each function is granted exactly the prefix it signs
 * for. Versioned and retained, like the table: files are customer data. Every request to it
 * is recorded in a second bucket (S3 server access logs): who downloaded a release or an
 * attachment, and when.
 */
export class SupportFiles extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: SupportFilesProps) {
    super(scope, id);
    this.accessLogs = new Bucket(this, "AccessLogs", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      // S3 delivers server access logs only to buckets encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: "ExpireAccessLogs", expiration: ACCESS_LOG_RETENTION }],
    });
    const notLoggedItself =
      "This bucket is the files bucket's access-log destination; logging it into another bucket would only log the log delivery.";
    acknowledge(this.accessLogs, "AwsSolutions-S1", notLoggedItself);
    exemptFromGuardRules(this.accessLogs, {
      s3_bucket_logging_enabled_check: notLoggedItself,
      s3_bucket_default_encryption_kms_check:
        "S3 delivers server access logs only to buckets encrypted with S3-managed keys: SSE-KMS is not supported for a log destination bucket.",
      s3_bucket_versioning_enabled_check:
        "Log objects are written once by S3's log delivery and never changed, and no role of the stack may delete them; the lifecycle rule deletes them after 90 days on purpose (they name IP addresses), and versions would keep them beyond that.",
      s3_event_notifications_enabled_check:
        "Nothing reacts to log delivery: the access logs are read by hand during an investigation, so a notification would have no consumer.",
      s3_bucket_object_lock_enabled_check:
        "The lifecycle rule must delete the logs after 90 days (they name IP addresses); object lock would forbid that, and it cannot be turned off once on.",
    });
    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // ACLs off: the bucket owner owns every object, whoever uploaded it.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // A bucket policy denies every request not made over TLS (presigned URLs included).
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      autoDeleteObjects: false,
      lifecycleRules: [
        { id: "AbortIncompleteMultipartUploads", abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      cors: corsRules(props.corsOrigins),
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: "files/",
    });
    exemptFromGuardRules(this.bucket, {
      s3_bucket_default_encryption_kms_check:
        "S3-managed keys, the same choice as the table's AWS managed key (README, encryption at rest): SSE-KMS would need the key granted to every function that signs presigned URLs and to SES for received mail, and a disabled key would make every release and attachment unreadable. Who reads what is already limited per prefix by IAM and the bucket policy.",
      s3_bucket_object_lock_enabled_check:
        "Objects must stay deletable: a customer's attachments and received mail are removed on request (personal data) and releases get withdrawn. Object lock forbids exactly that and cannot be turned off once on; versioning and retention on stack deletion guard against accidents.",
    });
    // An attachment is written once: a PUT without If-None-Match (which S3 refuses when the key
    // exists) is denied, whoever signed it, so no upload URL can overwrite another upload.
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: "AttachmentsAreCreateOnly",
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ["s3:PutObject"],
        resources: [this.bucket.arnForObjects(`${ATTACHMENTS_PREFIX}*`)],
        conditions: { Null: { "s3:if-none-match": "true" } },
      }),
    );
  }

  /** Lets pages of `origin` PUT and GET through presigned URLs (the portal uploads attachments). */
  allowBrowserOrigin(origin: string): void {
    for (const rule of corsRules([origin]) ?? []) this.bucket.addCorsRule(rule);
  }

  /** Lets `grantee` read release downloads (and so sign GET URLs for them). */
  grantReadReleases(grantee: IGrantable): Grant {
    return this.grantReadUnder(grantee, RELEASES_PREFIX);
  }

  /**
   * Lets `grantee` read objects under `prefix` (and so sign GET URLs for them), nowhere else.
   * Only s3:GetObject: no listing, no bucket settings (CDK's grantRead adds s3:List* and
   * s3:GetBucket*).
   */
  grantReadUnder(grantee: IGrantable, prefix: string): Grant {
    return this.grantUnder(grantee, prefix, "s3:GetObject");
  }

  /**
   * Lets `grantee` put objects under `prefix` (and so sign PUT URLs for them), nowhere else.
   * Only s3:PutObject: presigned uploads are single PUTs; no tagging, retention or legal hold.
   */
  grantPutUnder(grantee: IGrantable, prefix: string): Grant {
    return this.grantUnder(grantee, prefix, "s3:PutObject");
  }

  private grantUnder(grantee: IGrantable, prefix: string, action: string): Grant {
    if (!PREFIX.test(prefix)) {
      throw new Error(
        `Prefix "${prefix}" must be folders of lowercase letters, digits or dashes, ending in "/"`,
      );
    }
    const objects = this.bucket.arnForObjects(`${prefix}*`);
    const grant = Grant.addToPrincipal({ grantee, actions: [action], resourceArns: [objects] });
    if (Construct.isConstruct(grantee.grantPrincipal)) {
      acknowledge(
        grantee.grantPrincipal,
        wildcardResourceFinding(this, objects),
        `Objects under ${prefix} only: object keys are generated per upload, so the prefix is the narrowest resource a presigned URL can be signed for.`,
      );
    }
    return grant;
  }
}
