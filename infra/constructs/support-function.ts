import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import { LogLevel, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { fromRepositoryRoot } from "./repository";

export interface SupportFunctionProps {
  /** Module path from the repository root; it exports `handler`. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  /** Defaults to 10 s, enough for one API request. */
  timeout?: Duration;
}

// esbuild's ESM output has no `require`; CommonJS dependencies bundled into it still call it.
const ESM_REQUIRE_SHIM =
  "import { createRequire as __createRequireForEsm } from 'node:module'; const require = __createRequireForEsm(import.meta.url);";

/**
 * A Lambda function as every handler in this project runs: Node 22 on arm64, bundled locally by
 * esbuild into minified ESM with the AWS SDK inside (DESIGN.md: faster cold starts than the
 * runtime's SDK), source maps on, and its own log group with a retention. Its role may write
 * to that log group only (instead of AWSLambdaBasicExecutionRole's logs:* on every group);
 * callers add the data grants.
 */
export function supportFunction(scope: Construct, id: string, props: SupportFunctionProps): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.ONE_MONTH,
    // Operational logs with a one-month retention: nothing to keep once the stack is gone.
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
  logGroup.grantWrite(role);
  return new NodejsFunction(scope, id, {
    entry: fromRepositoryRoot(props.entry),
    handler: "handler",
    description: props.description,
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: 512,
    timeout: props.timeout ?? Duration.seconds(10),
    logGroup,
    role,
    projectRoot: fromRepositoryRoot("."),
    depsLockFilePath: fromRepositoryRoot("package-lock.json"),
    environment: { ...props.environment, NODE_OPTIONS: "--enable-source-maps" },
    bundling: {
      format: OutputFormat.ESM,
      target: "node22",
      mainFields: ["module", "main"],
      minify: true,
      sourceMap: true,
      // Stack traces need the mappings, not the sources: keeps the bundle small.
      sourcesContent: false,
      externalModules: [],
      banner: ESM_REQUIRE_SHIM,
      logLevel: LogLevel.WARNING,
    },
  });
}
