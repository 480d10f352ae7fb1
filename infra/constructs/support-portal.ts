import { Annotations, Duration, Fn, RemovalPolicy, Stack } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import type { SelfService } from "#domain/self-service";
import { RUNTIME_CONFIG_FILE, runtimeConfig } from "../../web/runtime-config";
import {
  PORTAL_PREFIX,
  pageSecurityHeaders,
  regionalS3Origins,
  STRICT_TRANSPORT_SECURITY,
} from "../../web/serving";
import { exemptFromGuardRules } from "./guard";
import { acknowledge } from "./nag";
import { API_PREFIX, API_REQUEST_CODE, edgeFunction, PORTAL_REQUEST_CODE } from "./portal-edge-functions";
import { FIREWALL_REGION, PortalFirewall } from "./portal-firewall";
import { ACCESS_LOG_RETENTION } from "./support-files";
import { supportLogGroup } from "./support-logs";
import {
  accessLogExemptions,
  acknowledgeDeployment,
  acknowledgeNoWebAcl,
  exemptDistribution,
  siteBucketExemptions,
} from "./support-portal-reasons";

export interface SupportPortalProps {
  stage: string;
  /** The built portal: the directory web/build.ts `buildWeb()` wrote. */
  siteDirectory: string;
  /** The HTTP API, the distribution's second origin under API_PREFIX. */
  httpApi: HttpApi;
  /** Where the wizard's self-service options live (cdk.json context `selfServiceUrls`). */
  selfServiceUrls?: Partial<Record<SelfService, string>>;
  /** Put the AWS WAF web ACL of PortalFirewall in front (it costs money: opt-in, on for prod). */
  waf: boolean;
  /** An existing CLOUDFRONT web ACL to attach instead (how a stack outside us-east-1 gets one). */
  webAclArn?: string;
}

/** How long an overwritten file of an earlier build stays as a version. */
export const PREVIOUS_BUILDS_KEPT = Duration.days(30);

/**
 * What browsers may keep, by file, since one distribution serves files of three lifetimes. Each
 * class is one BucketDeployment of the same asset with its own filter and Cache-Control. None
 * prunes: pruning would delete the other classes' files under the same prefix, and assets of the
 * previous build stay for pages still open on them.
 */
export const CACHE_CLASSES = [
  // Bundles named <name>-<content hash> (esbuild's entryNames): a new build has new names.
  { id: "Hashed", include: ["assets/*-*"], cacheControl: "public, max-age=31536000, immutable" },
  // The font slices keep their names across builds; they change only with the font package.
  { id: "Fonts", include: ["fonts/*"], cacheControl: "public, max-age=2592000" },
  // Fetched again (revalidated) on every load: they name the current bundles and settings.
  {
    id: "Pages",
    include: ["index.html", "assets/fonts.css", RUNTIME_CONFIG_FILE],
    cacheControl: "no-cache",
  },
] as const;

/**
 * The customer portal in AWS: the built files in a private bucket, served by CloudFront through
 * origin access control, with the HTTP API as a second origin under `/api/` on the same
 * origin (so no CORS), deep links answered with the app, the same security headers as the local
 * gateway plus HSTS, the runtime configuration written at deploy time, access logs, and
 * optionally a per-IP rate-limiting web ACL. The API stays callable at its own URL.
 */
export class SupportPortal extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;
  readonly distribution: Distribution;
  /** The web ACL this construct created (stack in us-east-1 with `waf`), if any. */
  readonly firewall?: PortalFirewall;

  constructor(scope: Construct, id: string, props: SupportPortalProps) {
    super(scope, id);
    this.accessLogs = this.accessLogBucket();
    this.bucket = this.siteBucket();
    this.firewall = this.createFirewall(props);
    const webAclId = props.webAclArn ?? this.firewall?.arn;
    this.distribution = new Distribution(this, "Distribution", {
      comment: `Support portal (${props.stage})`,
      // The viewer-request function redirects / to /portal/ first; without it / still shows the portal.
      defaultRootObject: `${PORTAL_PREFIX.slice(1)}/index.html`,
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.pageHeaders(),
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: edgeFunction(
              this,
              "PortalRequest",
              "Deep links get index.html; / goes to /portal/",
              PORTAL_REQUEST_CODE,
            ),
          },
        ],
      },
      additionalBehaviors: { [`${API_PREFIX}/*`]: this.apiBehavior(props.httpApi) },
      enableLogging: true,
      logBucket: this.accessLogs,
      logFilePrefix: "distribution/",
      logIncludesCookies: false,
      ...(webAclId ? { webAclId } : {}),
    });
    exemptDistribution(this.distribution);
    if (!webAclId) acknowledgeNoWebAcl(this.distribution, props.waf);
    this.deploy(props);
  }

  /** The portal's address: the distribution's own domain, under /portal/. */
  get url(): string {
    return `${this.origin}${PORTAL_PREFIX}/`;
  }

  /** The pages' origin, as browsers send it in CORS requests. */
  get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  /** CloudFront's standard logs (legacy delivery to S3, which needs ACLs on the bucket). */
  private accessLogBucket(): Bucket {
    const bucket = new Bucket(this, "AccessLogs", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // CloudFront writes its log files through an ACL grant; the bucket owner still owns them.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      // They name viewers' IP addresses, like the files bucket's access logs.
      lifecycleRules: [{ id: "ExpireAccessLogs", expiration: ACCESS_LOG_RETENTION }],
    });
    const notLoggedItself =
      "This bucket is the portal distribution's access-log destination; logging it into another bucket would only log the log delivery.";
    acknowledge(bucket, "AwsSolutions-S1", notLoggedItself);
    exemptFromGuardRules(bucket, accessLogExemptions(notLoggedItself));
    return bucket;
  }

  private siteBucket(): Bucket {
    const bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // No website hosting: CloudFront reads the objects through origin access control only.
      // Previous builds stay a month as versions, for a rollback.
      versioned: true,
      lifecycleRules: [{ id: "ExpirePreviousBuilds", noncurrentVersionExpiration: PREVIOUS_BUILDS_KEPT }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const loggedByCloudFront =
      "Only CloudFront (origin access control) and the deployment read or write it, and every viewer request is in the distribution's access logs; the bucket holds the public portal build, no customer data.";
    acknowledge(bucket, "AwsSolutions-S1", loggedByCloudFront);
    exemptFromGuardRules(bucket, siteBucketExemptions(loggedByCloudFront));
    return bucket;
  }

  /**
   * The web ACL, when asked for and none is given: created here if the stack is in us-east-1
   * (CLOUDFRONT-scoped ACLs exist only there). Elsewhere a warning says how to attach one: an
   * error would fail the synth of the whole app, the PortalFirewall stack included.
   */
  private createFirewall(props: SupportPortalProps): PortalFirewall | undefined {
    if (props.webAclArn || !props.waf) return undefined;
    const region = Stack.of(this).region;
    if (region === FIREWALL_REGION) return new PortalFirewall(this, "Firewall", { stage: props.stage });
    Annotations.of(this).addWarningV2(
      "support-center:portal-web-acl",
      `The portal has no web ACL yet: CloudFront's web ACLs (portalWaf) live in ${FIREWALL_REGION}, and this stack is in ${region}. ` +
        `Deploy the PortalFirewall stack this app adds in ${FIREWALL_REGION}, then deploy this one with -c portalWebAclArn=<its WebAclArn output> (or -c portalWaf=false).`,
    );
    return undefined;
  }

  /**
   * The same headers as the local gateway's (pageSecurityHeaders), plus HSTS. Uploads go to the
   * region's S3 hosts by name pattern, not to the files bucket's own name: that would make the
   * distribution depend on the bucket whose CORS rule names the distribution.
   */
  private pageHeaders(): ResponseHeadersPolicy {
    const headers = pageSecurityHeaders(regionalS3Origins(Stack.of(this).region));
    const csp = headers["content-security-policy"];
    return new ResponseHeadersPolicy(this, "PageHeaders", {
      comment: "Support portal pages: CSP without unsafe-inline, HSTS, no framing",
      securityHeadersBehavior: {
        ...this.transportHeaders(),
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        frameOptions: { frameOption: frameOption(headers["x-frame-options"]), override: true },
      },
    });
  }

  /**
   * HSTS, nosniff and the referrer policy for the API's answers; no CSP or frame options there:
   * the API reference page sends its own CSP, and JSON is never framed or run.
   */
  private apiHeaders(): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, "ApiHeaders", {
      comment: "Support API behind the portal: HSTS, nosniff, referrer policy",
      securityHeadersBehavior: this.transportHeaders(),
    });
  }

  private transportHeaders() {
    return {
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(STRICT_TRANSPORT_SECURITY.maxAgeSeconds),
        includeSubdomains: STRICT_TRANSPORT_SECURITY.includeSubDomains,
        override: true,
      },
      contentTypeOptions: { override: true },
      referrerPolicy: {
        referrerPolicy: referrerPolicy(pageSecurityHeaders()["referrer-policy"]),
        override: true,
      },
    };
  }

  /**
   * `/api/*` to the HTTP API's own endpoint with the prefix stripped: every method, nothing
   * cached, and every viewer header but Host (API Gateway routes by its own host name) sent on,
   * Authorization included (CloudFront forwards it with CachingDisabled and an all-viewer policy).
   */
  private apiBehavior(httpApi: HttpApi) {
    // https://<id>.execute-api.<region>.amazonaws.com: only the API resource, none of its routes
    // or functions, so those may depend on the distribution (e-mail links) without a cycle.
    const apiDomain = Fn.select(2, Fn.split("/", httpApi.apiEndpoint));
    return {
      origin: new HttpOrigin(apiDomain, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      }),
      allowedMethods: AllowedMethods.ALLOW_ALL,
      // A redirect would lose a POST's body: plain HTTP is refused instead.
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.apiHeaders(),
      functionAssociations: [
        {
          eventType: FunctionEventType.VIEWER_REQUEST,
          function: edgeFunction(this, "ApiRequest", "Strips /api before the HTTP API", API_REQUEST_CODE),
        },
      ],
    };
  }

  /**
   * One asset (the built portal) in three deployments, one per cache class, so every object gets
   * its Cache-Control; the pages last, so index.html never names bundles not uploaded yet. The
   * runtime configuration comes from the deployment, written over the build's own config.json.
   */
  private deploy(props: SupportPortalProps): void {
    const site = Source.asset(props.siteDirectory);
    const config = Source.jsonData(
      RUNTIME_CONFIG_FILE,
      runtimeConfig({ apiBase: API_PREFIX, selfServiceUrls: props.selfServiceUrls }),
    );
    const role = this.deploymentRole();
    const logGroup = supportLogGroup(this, "DeploymentLogs");
    logGroup.grantWrite(role);
    const deployments = CACHE_CLASSES.map(
      (cacheClass) =>
        new BucketDeployment(this, `Deploy${cacheClass.id}`, {
          // Extracted in order into one directory: the deployment's config.json replaces the build's.
          sources: cacheClass.id === "Pages" ? [site, config] : [site],
          destinationBucket: this.bucket,
          destinationKeyPrefix: `${PORTAL_PREFIX.slice(1)}/`,
          exclude: ["*"],
          include: [...cacheClass.include],
          prune: false,
          cacheControl: [CacheControl.fromString(cacheClass.cacheControl)],
          role,
          logGroup,
          memoryLimit: 512,
        }),
    );
    const pages = deployments.at(-1);
    for (const earlier of deployments.slice(0, -1)) pages?.node.addDependency(earlier);
    acknowledgeDeployment(this, role);
  }

  /** The deployment handler's own role: logs to its own group, no AWS managed policy. */
  private deploymentRole(): Role {
    return new Role(this, "DeploymentRole", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: "Copies the built support portal into its bucket (CDK BucketDeployment)",
    });
  }
}

function frameOption(value: string): HeadersFrameOption {
  const option = Object.values(HeadersFrameOption).find((known) => known === value);
  if (!option) throw new Error(`x-frame-options ${value} is not one CloudFront can send`);
  return option;
}

function referrerPolicy(value: string): HeadersReferrerPolicy {
  const policy = Object.values(HeadersReferrerPolicy).find((known) => known === value);
  if (!policy) throw new Error(`referrer-policy ${value} is not one CloudFront can send`);
  return policy;
}
