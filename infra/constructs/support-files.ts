import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { Grant, IGrantable } from "aws-cdk-lib/aws-iam";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CorsRule,
  HttpMethods,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

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
 * is told to sign it).
 */
const CORS_ALLOWED_HEADERS = ["content-type", "content-md5"];

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

/**
 * The files bucket: release downloads under `releases/` and (later) case attachments under
 * `attachments/`. Nothing in it is public: clients only ever get presigned URLs, which a
 * function signs with its own role, so each function is granted exactly the prefix it signs
 * for. Versioned and retained, like the table: files are customer data.
 */
export class SupportFiles extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: SupportFilesProps) {
    super(scope, id);
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
    });
  }

  /** Lets `grantee` read release downloads (and so sign GET URLs for them). */
  grantReadReleases(grantee: IGrantable): Grant {
    return this.bucket.grantRead(grantee, `${RELEASES_PREFIX}*`);
  }

  /** Lets `grantee` put objects under `prefix` (and so sign PUT URLs for them), nowhere else. */
  grantPutUnder(grantee: IGrantable, prefix: string): Grant {
    if (!/^([a-z0-9][a-z0-9-]*\/)+$/.test(prefix)) {
      throw new Error(
        `Prefix "${prefix}" must be folders of lowercase letters, digits or dashes, ending in "/"`,
      );
    }
    return this.bucket.grantPut(grantee, `${prefix}*`);
  }
}
