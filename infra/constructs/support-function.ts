import { posix } from "node:path";
import { Duration } from "aws-cdk-lib";
import {
  Architecture,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
  Runtime,
  Tracing,
} from "aws-cdk-lib/aws-lambda";
import { type ICommandHooks, LogLevel, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { METRICS_NAMESPACE, serviceNameFor } from "#shared/metric-names";
import { secretArnVariable } from "#shared/secrets";
import { fromRepositoryRoot } from "../repository";
import { FunctionRole } from "./function-role";
import { exemptFromGuardRule } from "./guard";
import { LAMBDA_BUNDLING } from "./lambda-bundling";
import { acknowledge } from "./nag";
import { supportLogGroup } from "./support-logs";

export interface SupportFunctionProps {
  /** Module path from the repository root; it exports `handler`. */
  entry: string;
  /** Names the service in logs, traces and metrics (serviceNameFor). */
  stage: string;
  description: string;
  environment: Record<string, string>;
  /** Defaults to 10 s, enough for one API request. */
  timeout?: Duration;
  /**
   * Secrets the function reads at run time (functions/shared/secrets.ts), by setting name: each
   * gets `<NAME>_ARN` in the environment, a read grant on that secret alone, and the function
   * the Parameters and Secrets extension.
   */
  secrets?: { read: Record<string, ISecret>; extension: ParamsAndSecretsLayerVersion };
  /** Files of installed packages the function reads at run time, copied to the bundle's node_modules. */
  packageFiles?: readonly string[];
}

/** Shell commands that copy package files into the bundle, where Node resolves them from the handler. */
function copyPackageFiles(files: readonly string[]): ICommandHooks | undefined {
  if (files.length === 0) return undefined;
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) =>
      files.map(
        (file) =>
          `mkdir -p "${outputDir}/node_modules/${posix.dirname(file)}" && cp "${inputDir}/node_modules/${file}" "${outputDir}/node_modules/${file}"`,
      ),
  };
}

/**
 * The AWS Parameters and Secrets Lambda Extension for arm64. Its layer is published per region
 * (account and version differ): by default CDK's region facts give the ARN, as a value for a
 * known region or a mapping over all regions when the region is only known at deploy time;
 * `layerArn` (context `secretsExtensionLayerArn`) is for a region those facts lack.
 */
export function secretsExtension(layerArn?: string): ParamsAndSecretsLayerVersion {
  const options = {
    // Values stay at most this long in the extension's cache (its maximum).
    secretsManagerTtl: Duration.minutes(5),
    logLevel: ParamsAndSecretsLogLevel.WARN,
  };
  return layerArn
    ? ParamsAndSecretsLayerVersion.fromVersionArn(layerArn, options)
    : ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, options);
}

/**
 * Powertools settings every function shares (functions/shared/observability.ts and
 * metrics.ts): the stage's service name, the business metrics' namespace and INFO logs.
 */
export function powertoolsEnvironment(stage: string) {
  return {
    POWERTOOLS_SERVICE_NAME: serviceNameFor(stage),
    POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
    POWERTOOLS_LOG_LEVEL: "INFO",
  } as const;
}

/**
 * A Lambda function as every handler in this project runs: Node 22 on arm64, bundled locally by
 * esbuild into minified ESM with the AWS SDK inside (DESIGN.md: faster cold starts than the
 * runtime's SDK), source maps on, X-Ray tracing active, Powertools configured, and its own
 * encrypted log group with a retention. Its role may write to that log group only (instead of
 * AWSLambdaBasicExecutionRole's logs:* on every group) and send traces; callers add the data
 * grants.
 */
export function supportFunction(scope: Construct, id: string, props: SupportFunctionProps): NodejsFunction {
  const logGroup = supportLogGroup(scope, `${id}Logs`);
  const role = new FunctionRole(scope, `${id}Role`);
  logGroup.grantWrite(role);
  const fn = new NodejsFunction(scope, id, {
    entry: fromRepositoryRoot(props.entry),
    handler: "handler",
    description: props.description,
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: 512,
    timeout: props.timeout ?? Duration.seconds(10),
    logGroup,
    role,
    tracing: Tracing.ACTIVE,
    paramsAndSecrets: props.secrets?.extension,
    projectRoot: fromRepositoryRoot("."),
    depsLockFilePath: fromRepositoryRoot("package-lock.json"),
    environment: {
      ...props.environment,
      ...Object.fromEntries(
        Object.entries(props.secrets?.read ?? {}).map(([name, secret]) => [
          secretArnVariable(name),
          secret.secretArn,
        ]),
      ),
      ...powertoolsEnvironment(props.stage),
      NODE_OPTIONS: "--enable-source-maps",
    },
    bundling: {
      format: OutputFormat.ESM,
      target: LAMBDA_BUNDLING.target,
      mainFields: [...LAMBDA_BUNDLING.mainFields],
      minify: LAMBDA_BUNDLING.minify,
      sourceMap: LAMBDA_BUNDLING.sourcemap,
      sourcesContent: LAMBDA_BUNDLING.sourcesContent,
      externalModules: [],
      banner: LAMBDA_BUNDLING.banner,
      esbuildArgs: {
        "--alias": Object.entries(LAMBDA_BUNDLING.alias).map(([module, stand]) => `${module}=${stand}`),
      },
      logLevel: LogLevel.WARNING,
      commandHooks: copyPackageFiles(props.packageFiles ?? []),
    },
  });
  for (const secret of Object.values(props.secrets?.read ?? {})) secret.grantRead(role);
  acknowledge(
    fn,
    "AwsSolutions-L1",
    "Node.js 22 on purpose (DESIGN.md): the local stack and the tests run the same handlers on the pinned Node 22, so a runtime upgrade is one deliberate change for both, not a side effect of a new CDK release.",
  );
  acknowledge(
    role,
    "AwsSolutions-IAM5[Resource::*]",
    "Only xray:PutTraceSegments and xray:PutTelemetryRecords, which CDK adds for active tracing: X-Ray has no resource-level permissions for them. A test fails on any other write action granted on *.",
  );
  exemptFromGuardRule(
    fn,
    "lambda_inside_vpc_check",
    "Reaches only AWS service endpoints (DynamoDB, S3, Cognito, SES, Step Functions, X-Ray) over TLS with IAM-signed requests, nothing inside a VPC: a VPC would need NAT gateways or an interface endpoint per service, paid per hour and zone, and slower cold starts, with no network resource to protect.",
  );
  return fn;
}
