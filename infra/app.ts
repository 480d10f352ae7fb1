import { App, Tags, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import * as z from "zod/mini";
import { SELF_SERVICE } from "#domain/self-service";
import { readConfig } from "#shared/config";
import { SUPPORT_REGION } from "#shared/settings";
import { buildWeb } from "../web/build";
import { FIREWALL_REGION } from "./constructs/portal-firewall";
import type { AlarmThresholds } from "./constructs/support-alarms";
import { PortalFirewallStack } from "./portal-firewall-stack";
import { portalWafWanted } from "./portal-settings";
import { fromRepositoryRoot } from "./repository";
import { SupportCenterStack } from "./support-center-stack";

/** A list from `cdk.json` (an array) or from `-c name=a,b` (a comma-separated string). */
const list = z.union([
  z.array(z.string()),
  z.pipe(
    z.string(),
    z.transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ),
]);

/** A flag from `cdk.json` (a boolean) or from `-c name=true` (a string). */
const flag = z.union([z.boolean(), z.stringbool()]);

/** A positive whole number from `cdk.json` (a number) or from `-c name=5` (a string). */
const count = z.coerce.number().check(z.positive(), z.refine(Number.isInteger, "must be a whole number"));

/** Deployment settings, from CDK context (`cdk.json` or `cdk deploy -c name=value`). */
const DeploymentContext = z.object({
  stage: z._default(
    z
      .string()
      .check(z.regex(/^[a-z][a-z0-9-]{0,15}$/, "1-16 lowercase letters, digits or dashes, from a letter")),
    "dev",
  ),
  senderAddress: z._default(z.email(), "support@example.com"),
  replyDomain: z.optional(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a mail domain"))),
  vendorName: z._default(z.string().check(z.minLength(1)), "Acme Backup"),
  // The one regional setting: the functions derive calendar and zone from it (cn: Asia/Shanghai).
  supportRegion: SUPPORT_REGION,
  alarmEmail: z.optional(z.email()),
  corsOrigins: z._default(list, []),
  createSenderIdentity: z._default(flag, false),
  // Cognito threat protection needs the paid PLUS plan and is not offered in every region.
  threatProtection: z._default(flag, true),
  // Cognito mails through SES once the sender address is verified there.
  cognitoEmailViaSes: z._default(flag, false),
  // The Parameters and Secrets extension's arm64 layer where CDK's region facts lack it.
  secretsExtensionLayerArn: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:layer:[\w-]+:\d+$/,
          "must be a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>)",
        ),
      ),
  ),
  // Where the contact wizard's self-service options live: an object in cdk.json, or JSON with -c.
  selfServiceUrls: z.optional(
    z.union([
      z.partialRecord(z.enum(SELF_SERVICE), z.url({ protocol: /^https$/ })),
      z.pipe(
        z.string(),
        z.transform((text) => JSON.parse(text) as Partial<Record<(typeof SELF_SERVICE)[number], string>>),
      ),
    ]),
  ),
  // The portal's per-IP rate-limiting web ACL (AWS WAF bills it); default: on for prod only.
  portalWaf: z.optional(flag),
  // An existing CLOUDFRONT web ACL for the portal, e.g. the PortalFirewall stack's output.
  portalWebAclArn: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/,
          "must be a CLOUDFRONT web ACL ARN (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>)",
        ),
      ),
  ),
  // Alarm thresholds; unset ones keep DEFAULT_ALARM_THRESHOLDS (infra/constructs/support-alarms.ts).
  alarmApi5xxPer5Minutes: z.optional(count),
  alarmConsumerErrorsPer5Minutes: z.optional(count),
  alarmAbortedFollowUpsPerHour: z.optional(count),
  alarmSesBouncesPerHour: z.optional(count),
  alarmSesComplaintsPerHour: z.optional(count),
  alarmFirstResponseBreachesPerHour: z.optional(count),
});

type DeploymentSettings = z.infer<typeof DeploymentContext>;

/** The alarm thresholds given in the context, by their names in AlarmThresholds. */
function alarmThresholds(settings: DeploymentSettings): Partial<AlarmThresholds> {
  const given: Partial<AlarmThresholds> = {
    api5xxPer5Minutes: settings.alarmApi5xxPer5Minutes,
    consumerErrorsPer5Minutes: settings.alarmConsumerErrorsPer5Minutes,
    abortedFollowUpsPerHour: settings.alarmAbortedFollowUpsPerHour,
    sesBouncesPerHour: settings.alarmSesBouncesPerHour,
    sesComplaintsPerHour: settings.alarmSesComplaintsPerHour,
    firstResponseBreachesPerHour: settings.alarmFirstResponseBreachesPerHour,
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
}

function readDeploymentContext(app: App): DeploymentSettings {
  const raw = Object.fromEntries(
    Object.keys(DeploymentContext.shape).map((key) => [key, app.node.tryGetContext(key)]),
  );
  return readConfig(DeploymentContext, raw, "CDK context");
}

const app = new App();
const settings = readDeploymentContext(app);
// AWS Solutions checks run in every synth (and so before every deploy): an unacknowledged
// finding fails it. Acknowledgments sit next to the resources they concern, each with its reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

// Account and region come from the CLI's credentials at deploy time; none are written here.
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;
const portalWaf = portalWafWanted(settings.stage, settings.portalWaf);

// The portal is built on every synth (a tenth of a second) into a directory of its own, which
// becomes the bucket's asset; the local one (.local/web) may be in use by a running stack.
const portalDirectory = fromRepositoryRoot(".local/cdk-portal");
// Without the executions console: in AWS the Step Functions console shows the executions.
await buildWeb({ outdir: portalDirectory, console: false });

new SupportCenterStack(app, `SupportCenter-${settings.stage}`, {
  description: `Support center (${settings.stage}): cases API, follow-up workflow, e-mail, customer portal`,
  env: { account, region },
  ...settings,
  alarmThresholds: alarmThresholds(settings),
  portalDirectory,
  portalWaf,
});
// A CLOUDFRONT web ACL can only live in us-east-1: for a stage elsewhere, its own small stack
// there; its WebAclArn output is passed as -c portalWebAclArn=<arn> (until then the synth warns).
if (portalWaf && region !== FIREWALL_REGION) {
  new PortalFirewallStack(app, `SupportCenter-${settings.stage}-PortalFirewall`, {
    description: `Support center (${settings.stage}): the customer portal's web ACL (CloudFront, us-east-1)`,
    env: { account, region: FIREWALL_REGION },
    stage: settings.stage,
  });
}

Tags.of(app).add("project", "support-center");
Tags.of(app).add("stage", settings.stage);
