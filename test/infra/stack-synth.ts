import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, type Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { beforeAll } from "vitest";
import { ROUTES, type RouteDefinition } from "#api/routes";
import { fromRepositoryRoot } from "#infra/repository";
import { SupportCenterStack } from "#infra/support-center-stack";
import { buildWeb } from "../../web/build";

export const ACCOUNT = "123456789012";
export const REGION = "eu-west-1";
export const SENDER = "support@support-center.example";

/** A layer ARN given as `-c secretsExtensionLayerArn=…` (a region CDK's facts lack). */
export const EXTENSION_LAYER_OVERRIDE =
  "arn:aws:lambda:eu-west-1:111122223333:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:99";

export const ROUTE_LIST: RouteDefinition[] = Object.values(ROUTES);
export const routeKey = (route: RouteDefinition) => `${route.method} ${route.path}`;

/** The feature flags `cdk synth` uses, so the tests see what gets deployed. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(fromRepositoryRoot("cdk.json"), "utf8")) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

interface Synthesized {
  template: Template;
  withOptions: Template;
  stacks: Stack[];
}

/** The stack with its defaults. */
export let template: Template;
/** The same stack with every option flipped. */
export let withOptions: Template;
/** The two stacks themselves, for cdk-nag (it checks the construct tree). */
export let stacks: Stack[];

async function synthesize(): Promise<Synthesized> {
  // The portal built for real (esbuild, a tenth of a second), as infra/app.ts builds it for every
  // synth; the stack copies it into its asset while it is constructed, so it goes right after.
  const portalDirectory = mkdtempSync(join(tmpdir(), "support-center-portal-"));
  try {
    await buildWeb({ outdir: portalDirectory, console: false });
    // No stack is bundled: esbuild on every function costs ~45 s on two cores and says nothing
    // about the template. NodejsFunction still checks each entry exists; the bundling tests
    // run esbuild for real on one function with the same settings.
    const app = new App({ context: { ...cdkJsonContext(), "aws:cdk:bundling-stacks": [] } });
    const props = {
      env: { account: ACCOUNT, region: REGION },
      stage: "test",
      senderAddress: SENDER,
      vendorName: "Acme Backup",
      supportRegion: "cn" as const,
      portalDirectory,
    };
    const defaults = new SupportCenterStack(app, "SupportCenter-test", props);
    const optioned = new SupportCenterStack(app, "SupportCenter-options", {
      ...props,
      corsOrigins: ["https://portal.example.com"],
      alarmEmail: "ops@example.com",
      createSenderIdentity: true,
      threatProtection: false,
      cognitoEmailViaSes: true,
      alarmThresholds: { abortedFollowUpsPerHour: 200, api5xxPer5Minutes: 20 },
      secretsExtensionLayerArn: EXTENSION_LAYER_OVERRIDE,
    });
    // Both stacks exist before the app synthesizes: the tree may not change afterwards.
    return {
      template: Template.fromStack(defaults),
      withOptions: Template.fromStack(optioned),
      stacks: [defaults, optioned],
    };
  } finally {
    rmSync(portalDirectory, { recursive: true, force: true });
  }
}

/** One synthesis per worker: test/infra runs without isolation, so its files share this module. */
let synthesized: Promise<Synthesized> | undefined;

/** Sets `template`, `withOptions` and `stacks` before the calling file's tests. */
export function useSynthesizedStacks(): void {
  beforeAll(async () => {
    synthesized ??= synthesize();
    ({ template, withOptions, stacks } = await synthesized);
  }, 60_000);
}
