import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { ThrottleSettings } from "aws-cdk-lib/aws-apigatewayv2";
import type { Construct } from "constructs";
import { ROUTES } from "#api/routes";
import type { SelfService } from "#domain/self-service";
import type { SupportRegionId } from "#domain/support-regions";
import { FollowUpWorkflow } from "./constructs/follow-up-workflow";
import { InboundMail } from "./constructs/inbound-mail";
import type { MonitoredSystem } from "./constructs/monitoring";
import { noticeTokenSecret } from "./constructs/notice-token-secret";
import { ReleaseNotices } from "./constructs/release-notices";
import { type AlarmThresholds, SupportAlarms } from "./constructs/support-alarms";
import { SupportApi } from "./constructs/support-api";
import { SupportDashboard } from "./constructs/support-dashboard";
import { SupportEmail } from "./constructs/support-email";
import { SupportFiles } from "./constructs/support-files";
import { secretsExtension } from "./constructs/support-function";
import { SupportIdentity } from "./constructs/support-identity";
import { SupportPortal } from "./constructs/support-portal";
import { supportTable } from "./constructs/support-table";

export interface SupportCenterStackProps extends StackProps {
  /** Names the stage's resources (`dev`, `prod`, ...). */
  stage: string;
  /** The From address of every e-mail; it (or its domain) must be verified in SES. */
  senderAddress: string;
  /** The vendor's name in e-mails. */
  vendorName: string;
  /**
   * The support region (functions/domain/support-regions.ts): the business calendar first
   * responses count on and the zone dates are told in ("our reply was sent on ...").
   */
  supportRegion: SupportRegionId;
  /** Domain for per-case reply addresses; default `reply.<sender's domain>`. */
  replyDomain?: string;
  alarmEmail?: string;
  /** Overrides of the alarms' default thresholds (DEFAULT_ALARM_THRESHOLDS). */
  alarmThresholds?: Partial<AlarmThresholds>;
  /** Browser origins allowed to call the API; default none (no CORS). */
  corsOrigins?: readonly string[];
  /** Creates the sender address as an SES identity; default false (it is verified outside). */
  createSenderIdentity?: boolean;
  /** Cognito threat protection (PLUS plan, billed per active user); default true. */
  threatProtection?: boolean;
  /**
   * Cognito's e-mails go through SES from `senderAddress` and the configuration set; default
   * false (Cognito's own e-mail, a few a day). The address must be verified in SES first.
   */
  cognitoEmailViaSes?: boolean;
  /** Default-stage throttling for the whole API. */
  apiThrottle?: ThrottleSettings;
  /**
   * The arm64 Parameters and Secrets extension layer's ARN, for a region CDK's facts do not know;
   * default: from those facts (see secretsExtension).
   */
  secretsExtensionLayerArn?: string;
  /** The built customer portal (web/build.ts `buildWeb()`'s directory), served by CloudFront. */
  portalDirectory: string;
  /** Where the contact wizard's self-service options live; unset ones keep placeholders. */
  selfServiceUrls?: Partial<Record<SelfService, string>>;
  /**
   * A per-IP rate-limiting AWS WAF web ACL in front of the portal (billed monthly and per
   * request); created in this stack when it is in us-east-1. Default false (app.ts: on for prod).
   */
  portalWaf?: boolean;
  /** An existing CLOUDFRONT web ACL for the portal, e.g. from the PortalFirewall stack in us-east-1. */
  portalWebAclArn?: string;
  /**
   * Release notices in flight at once; keep it below the account's SES maximum send rate (the
   * sandbox allows 1 per second, production accounts start at 14). Default 10.
   */
  noticeConcurrency?: number;
}

const DEFAULT_API_THROTTLE: ThrottleSettings = { rateLimit: 50, burstLimit: 100 };

/**
 * The support center in AWS: the table, the Cognito identity, the HTTP API over the route
 * table, SES templates, the follow-up state machine with its stream consumer, inbound mail,
 * the files bucket, and a dashboard with alarms over all of it.
 * infra/local/stack.ts is its twin on emulators.
 */
export class SupportCenterStack extends Stack {
  constructor(scope: Construct, id: string, props: SupportCenterStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const table = supportTable(this, "Table");
    const email = new SupportEmail(this, "Email", {
      stage,
      senderAddress: props.senderAddress,
      createSenderIdentity: props.createSenderIdentity ?? false,
    });
    const identity = new SupportIdentity(this, "Identity", {
      stage,
      vendorName: props.vendorName,
      threatProtection: props.threatProtection ?? true,
      sesSender: props.cognitoEmailViaSes
        ? { address: email.senderAddress, configurationSetName: email.configurationSet.configurationSetName }
        : undefined,
    });
    const files = new SupportFiles(this, "Files", { corsOrigins: props.corsOrigins ?? [] });
    const extension = secretsExtension(props.secretsExtensionLayerArn);
    const noticeTokens = noticeTokenSecret(this, "NoticeTokenSecret");
    const api = new SupportApi(this, "Api", {
      stage,
      table,
      userPool: identity.userPool,
      userPoolClient: identity.client,
      files,
      supportRegion: props.supportRegion,
      authorizer: identity.jwtAuthorizer(),
      corsOrigins: props.corsOrigins ?? [],
      throttle: props.apiThrottle ?? DEFAULT_API_THROTTLE,
      secrets: { NOTICE_TOKEN_SECRET: noticeTokens },
      secretsExtension: extension,
    });
    const portal = new SupportPortal(this, "Portal", {
      stage,
      siteDirectory: props.portalDirectory,
      httpApi: api.httpApi,
      selfServiceUrls: props.selfServiceUrls,
      waf: props.portalWaf ?? false,
      webAclArn: props.portalWebAclArn,
    });
    files.allowBrowserOrigin(portal.origin);
    const replyDomain = props.replyDomain ?? `reply.${props.senderAddress.split("@")[1]}`;
    const inbound = new InboundMail(this, "InboundMail", {
      stage,
      table,
      files,
      replyDomain,
      secretsExtension: extension,
    });
    const followUps = new FollowUpWorkflow(this, "FollowUp", {
      stage,
      table,
      email,
      vendorName: props.vendorName,
      supportRegion: props.supportRegion,
      replyDomain,
      replyAddressSecret: inbound.replyAddressSecret,
      secretsExtension: extension,
      portalUrl: portal.url,
    });
    const notices = new ReleaseNotices(this, "ReleaseNotices", {
      stage,
      table,
      email,
      files,
      vendorName: props.vendorName,
      portalUrl: portal.url,
      secretsExtension: extension,
      tokenSecret: noticeTokens,
      concurrency: props.noticeConcurrency ?? 10,
      pageSize: 500,
    });
    const monitored: MonitoredSystem = {
      httpApi: api.httpApi,
      apiFunctions: Object.values(api.functions),
      asyncConsumers: {
        StreamConsumer: followUps.consumer,
        InboundMail: inbound.handler,
        ReleaseAvailable: notices.releaseAvailable,
      },
      followUps: followUps.stateMachine,
      releaseNotices: notices.stateMachine,
      deadLetters: { Stream: followUps.deadLetters, InboundMail: inbound.deadLetters },
      email,
    };
    const alarms = new SupportAlarms(this, "Alarms", {
      stage,
      monitored,
      alarmEmail: props.alarmEmail,
      thresholds: props.alarmThresholds,
    });
    const dashboard = new SupportDashboard(this, "Dashboard", { stage, monitored, alarms: alarms.alarms });

    this.output("PortalUrl", portal.url, "The customer portal (CloudFront); its API is under /api/ there");
    this.output("ApiUrl", api.url, "The HTTP API's base URL, for integrations");
    // The stage URL ends in a slash; the route paths start with one.
    this.output(
      "ApiReferenceUrl",
      `${api.url}${ROUTES.apiReference.path.slice(1)}`,
      `The interactive API reference; the OpenAPI document is ${ROUTES.openApiDocument.path}`,
    );
    this.output("UserPoolId", identity.userPool.userPoolId, "Cognito user pool");
    this.output("UserPoolClientId", identity.client.userPoolClientId, "App client (the JWT audience)");
    this.output("JwtIssuer", identity.issuer, "Issuer the API's JWT authorizer accepts");
    this.output("TableName", table.tableName, "The one DynamoDB table");
    this.output("StateMachineArn", followUps.stateMachine.stateMachineArn, "Case follow-up state machine");
    this.output(
      "FollowUpExecutionsConsole",
      `https://${this.region}.console.aws.amazon.com/states/home?region=${this.region}#/statemachines/view/${followUps.stateMachine.stateMachineArn}`,
      "Every case's follow-up executions in the Step Functions console",
    );
    this.output(
      "ReleaseNoticesStateMachineArn",
      notices.stateMachine.stateMachineArn,
      "Release notices: one run per uploaded release file",
    );
    this.output("AlarmTopicArn", alarms.topic.topicArn, "Subscribe here to hear about alarms");
    this.output(
      "DashboardUrl",
      `https://${this.region}.console.aws.amazon.com/cloudwatch/home?region=${this.region}#dashboards/dashboard/${dashboard.dashboard.dashboardName}`,
      "The stage's CloudWatch dashboard: API, functions, follow-ups, e-mail, business metrics, alarms",
    );
    this.output("FilesBucketName", files.bucket.bucketName, "Release downloads and case attachments");
  }

  private output(id: string, value: string, description: string): void {
    new CfnOutput(this, id, { value, description });
  }
}
