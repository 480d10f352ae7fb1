import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { App, Stack } from "aws-cdk-lib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROUTES, type RouteDefinition } from "#api/routes";
import { supportFunction } from "#infra/constructs/support-function";
import { lambdaContext } from "#infra/local/lambda-context";
import { fromRepositoryRoot } from "#infra/repository";
import {
  ACCOUNT,
  cdkJsonContext,
  REGION,
  ROUTE_LIST,
  routeKey,
  template,
  useSynthesizedStacks,
} from "./stack-synth";
import {
  asList,
  type CfnResource,
  getAtt,
  logicalIdOf,
  ownFunctions,
  resources,
  roleOfFunction,
  routeFunctionId,
  serviceGrants,
  statementsOfRole,
} from "./template-queries";

useSynthesizedStacks();

// What each `needs.table` may do: never Scan, never BatchWriteItem.
const TABLE_READ = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:ConditionCheckItem",
];
const TABLE_WRITE = [...TABLE_READ, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];
const EXPECTED_TABLE_ACTIONS: Record<NonNullable<RouteDefinition["needs"]["table"]>, string[]> = {
  read: TABLE_READ,
  write: TABLE_WRITE,
};

describe("functions", () => {
  it("one per route plus the stream consumer, the inbound-mail function and the three of release notices, all Node 22 on arm64 with their own log group", () => {
    const functions = ownFunctions();
    expect(functions).toHaveLength(ROUTE_LIST.length + 5);
    // Besides them only CDK's BucketDeployment handler, which copies the portal (test/infra/portal.test.ts).
    expect(resources("AWS::Lambda::Function").length - functions.length).toBe(1);
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        MemorySize: 512,
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        Environment: { Variables: expect.objectContaining({ NODE_OPTIONS: "--enable-source-maps" }) },
      });
    }
  });

  it("serves each route with the table and the user pool in its environment", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    const poolId = logicalIdOf("AWS::Cognito::UserPool");
    const clientId = logicalIdOf("AWS::Cognito::UserPoolClient");
    for (const route of ROUTE_LIST) {
      const fn = template.findResources("AWS::Lambda::Function")[routeFunctionId(route)] as CfnResource;
      expect(fn.Properties, routeKey(route)).toMatchObject({
        Timeout: 10,
        Environment: {
          Variables: {
            TABLE_NAME: { Ref: tableId },
            USER_POOL_ID: { Ref: poolId },
            USER_POOL_CLIENT_ID: { Ref: clientId },
            NODE_OPTIONS: "--enable-source-maps",
          },
        },
      });
    }
  });

  it("may use the table exactly as its route's needs say: not at all, read, or write", () => {
    const tableArn = getAtt(logicalIdOf("AWS::DynamoDB::GlobalTable"), "Arn");
    for (const route of ROUTE_LIST) {
      const { actions, statements } = serviceGrants(roleOfFunction(routeFunctionId(route)), "dynamodb");
      const need = route.needs.table;
      expect(actions, routeKey(route)).toEqual(need ? [...EXPECTED_TABLE_ACTIONS[need]].sort() : []);
      for (const statement of statements) {
        expect(asList(statement.Resource), routeKey(route)).toContainEqual(tableArn);
      }
    }
  });

  it("may call exactly the Cognito actions its route needs, on the stack's user pool only", () => {
    const poolArn = getAtt(logicalIdOf("AWS::Cognito::UserPool"), "Arn");
    for (const route of ROUTE_LIST) {
      const { actions, statements } = serviceGrants(roleOfFunction(routeFunctionId(route)), "cognito-idp");
      expect(actions, routeKey(route)).toEqual([...(route.needs.identity ?? [])].sort());
      for (const statement of statements) expect(statement.Resource, routeKey(route)).toEqual(poolArn);
    }
  });

  it("may touch the files bucket only as its route's needs say: read, put, or not at all", () => {
    for (const route of ROUTE_LIST) {
      const { actions, statements } = serviceGrants(roleOfFunction(routeFunctionId(route)), "s3");
      const need = route.needs.files;
      const resources = JSON.stringify(statements.map((s) => s.Resource));
      if (!need) expect(actions, routeKey(route)).toEqual([]);
      if (need?.read) {
        expect(actions, routeKey(route)).toContain("s3:GetObject");
        expect(resources, routeKey(route)).toContain(`/${need.read}/*`);
      }
      const puts = actions.filter((a) => a.startsWith("s3:Put"));
      if (need?.write) {
        expect(puts, routeKey(route)).not.toEqual([]);
        expect(resources, routeKey(route)).toContain(`/${need.write}/*`);
      } else expect(puts, routeKey(route)).toEqual([]);
    }
  });

  it("roles write only to their own log group, without AWS managed policies", () => {
    for (const [id] of resources("AWS::Lambda::Function")) {
      const roleId = roleOfFunction(id);
      const role = template.findResources("AWS::IAM::Role")[roleId] as CfnResource;
      expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
      const logStatements = statementsOfRole(roleId).filter((s) =>
        asList(s.Action).some((a) => a.startsWith("logs:")),
      );
      expect(logStatements, id).toEqual([
        expect.objectContaining({ Action: ["logs:CreateLogStream", "logs:PutLogEvents"] }),
      ]);
    }
  });
});

/**
 * Modules a bundle still imports, other than Node's own: esbuild resolves it once more from
 * its temporary directory, where no node_modules can help, so anything missing fails here.
 */
async function importsBeyondNode(bundle: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [bundle],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  return Object.values(metafile.inputs)
    .flatMap((input) => input.imports)
    .filter((imported) => imported.external && !isBuiltin(imported.path))
    .map((imported) => imported.path);
}

describe("bundling", () => {
  // One real esbuild run through supportFunction's settings; the template tests above skip it.
  const route = ROUTES.openCase;

  it("bundles a route handler into minified ESM with the AWS SDK inside and a source map", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "support-center-bundle-"));
    try {
      const app = new App({ outdir, context: cdkJsonContext() });
      const stack = new Stack(app, "BundlingProbe", { env: { account: ACCOUNT, region: REGION } });
      supportFunction(stack, "OpenCase", {
        entry: route.entry,
        stage: "probe",
        description: route.summary,
        environment: {},
      });
      app.synth();

      const assets = readdirSync(outdir).filter((name) => name.startsWith("asset."));
      expect(assets).toHaveLength(1);
      const assetDirectory = join(outdir, assets[0]!);
      expect(readdirSync(assetDirectory).sort()).toEqual(["index.mjs", "index.mjs.map"]);

      const code = readFileSync(join(assetDirectory, "index.mjs"), "utf8");
      // The banner that gives bundled CommonJS code a `require`.
      expect(code.startsWith("import { createRequire as __createRequireForEsm }")).toBe(true);
      // Everything but Node's own modules is inside, the AWS SDK included.
      expect(await importsBeyondNode(join(assetDirectory, "index.mjs"))).toEqual([]);
      expect(code).toContain("dynamodb");
      // The credentials come from the environment alone (infra/constructs/lambda-bundling.ts): no
      // container, instance-metadata, SSO or ini-file providers of the SDK's default chain.
      expect(code).not.toContain("AWS_CONTAINER_CREDENTIALS_FULL_URI");
      expect(code).toContain("AWS_SECRET_ACCESS_KEY");
      expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
      // Minified: whole modules on one line (template literals keep their own line breaks).
      expect(code.length / code.split("\n").length, "average line length").toBeGreaterThan(1_000);

      const sourceMap = JSON.parse(readFileSync(join(assetDirectory, "index.mjs.map"), "utf8")) as {
        sources: string[];
        sourcesContent?: unknown;
      };
      expect(sourceMap.sources.some((source) => source.endsWith(route.entry))).toBe(true);
      expect(sourceMap.sourcesContent).toBeUndefined();
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);

  it("copies a route's package files into its bundle, where the bundled handler finds them", async () => {
    const script = ROUTES.apiReferenceScript;
    const outdir = mkdtempSync(join(tmpdir(), "support-center-bundle-"));
    try {
      const app = new App({ outdir, context: cdkJsonContext() });
      const stack = new Stack(app, "PackageFilesProbe", { env: { account: ACCOUNT, region: REGION } });
      supportFunction(stack, "ReferenceScript", {
        entry: script.entry,
        stage: "probe",
        description: script.summary,
        environment: {},
        packageFiles: script.packageFiles,
      });
      app.synth();

      const [asset] = readdirSync(outdir).filter((name) => name.startsWith("asset."));
      const copied = join(outdir, asset!, "node_modules", script.packageFiles[0]);
      const original = readFileSync(fromRepositoryRoot(join("node_modules", script.packageFiles[0])), "utf8");
      expect(readFileSync(copied, "utf8")).toBe(original);
      // Out of the repository, only the bundle's own node_modules can resolve it.
      const bundled = (await import(pathToFileURL(join(outdir, asset!, "index.mjs")).href)) as {
        handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;
      };
      const event = {
        routeKey: "GET /docs/redoc.js",
        rawPath: "/docs/redoc.js",
        headers: {},
        requestContext: {},
      };
      const answer = await bundled.handler(event, lambdaContext("ReferenceScript"));
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toBe(original);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);
});
