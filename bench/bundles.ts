import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type BuildOptions, build, type Metafile } from "esbuild";
import { ROUTES } from "#api/routes";
import { LAMBDA_BUNDLING } from "../infra/constructs/lambda-bundling";

/** One deployed function: its module (from the repository root) and a short name for the table. */
export interface FunctionEntry {
  name: string;
  entry: string;
  /** Bundled without the functions' aliases: the SDK as it comes, credential chain and all. */
  sdkDefaults?: true;
}

export interface Bundle extends FunctionEntry {
  /** The bundled module (index.mjs in the Lambda asset). */
  file: string;
  bytes: number;
  mapBytes: number;
  /** Bytes in the output per input file (esbuild's metafile). */
  inputs: Map<string, number>;
}

export const BARE_DYNAMODB: FunctionEntry = {
  name: "baseline: DynamoDB client only",
  entry: "bench/fixtures/bare-dynamodb.ts",
  // The yardstick stays what a DynamoDB client costs out of the box, not what our bundling makes of it.
  sdkDefaults: true,
};

/**
 * Every Lambda entry the CDK app deploys: one per route of the route table, plus the functions
 * the other constructs create with a literal `entry` (stream consumer, inbound mail, ...).
 */
export function functionEntries(root: string): FunctionEntry[] {
  const entries = new Set<string>(Object.values(ROUTES).map((route) => route.entry));
  const constructs = resolve(root, "infra/constructs");
  for (const file of readdirSync(constructs).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(constructs, file), "utf8");
    for (const match of source.matchAll(/entry:\s*"(functions\/[^"]+\.ts)"/g)) {
      if (match[1]) entries.add(match[1]);
    }
  }
  return [...entries].sort().map((entry) => ({
    name: entry.replace(/^functions\//, "").replace(/\.ts$/, ""),
    entry,
  }));
}

// The options CDK passes to esbuild for every function (infra/constructs/lambda-bundling.ts).
const CDK_OPTIONS: BuildOptions = {
  ...LAMBDA_BUNDLING,
  mainFields: [...LAMBDA_BUNDLING.mainFields],
  bundle: true,
  platform: "node",
  banner: { js: LAMBDA_BUNDLING.banner },
  logLevel: "warning",
};

function packageOf(input: string): string {
  if (!input.includes("node_modules/")) return "project";
  const parts = input.split("node_modules/").at(-1)?.split("/") ?? [];
  return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? input);
}

/**
 * Bundles the functions in one esbuild run and the baseline in another, without our aliases (no
 * code splitting, so every output is the same self-contained file a separate CDK bundling step
 * would produce): ESM, node22, minified, external source maps without sources, module-first main
 * fields, the require shim banner.
 */
export async function bundleAll(root: string, outdir: string, entries: FunctionEntry[]): Promise<Bundle[]> {
  const run = async (group: FunctionEntry[], options: BuildOptions) => {
    if (group.length === 0) return new Map<FunctionEntry, Bundle>();
    const result = await build({
      ...options,
      metafile: true,
      absWorkingDir: root,
      entryPoints: group.map((e) => ({ in: e.entry, out: e.entry.replace(/\.ts$/, "") })),
      outdir,
      outExtension: { ".js": ".mjs" },
    });
    return new Map(group.map((e) => [e, bundleFacts(result.metafile, root, outdir, e)]));
  };
  const built = new Map([
    ...(await run(
      entries.filter((e) => !e.sdkDefaults),
      CDK_OPTIONS,
    )),
    ...(await run(
      entries.filter((e) => e.sdkDefaults),
      { ...CDK_OPTIONS, alias: {} },
    )),
  ]);
  return entries.map((e) => built.get(e) as Bundle);
}

function bundleFacts(metafile: Metafile, root: string, outdir: string, entry: FunctionEntry): Bundle {
  const file = resolve(outdir, entry.entry.replace(/\.ts$/, ".mjs"));
  const key = relative(root, file);
  const output = metafile.outputs[key];
  const map = metafile.outputs[`${key}.map`];
  if (!output) throw new Error(`esbuild wrote no ${key}`);
  const inputs = new Map(
    Object.entries(output.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput]),
  );
  return { ...entry, file, bytes: output.bytes, mapBytes: map?.bytes ?? 0, inputs };
}

/** Bytes of the output that come from inputs whose path matches (e.g. zod's locales). */
export function bytesFrom(bundle: Bundle, pattern: RegExp): number {
  let sum = 0;
  for (const [input, bytes] of bundle.inputs) if (pattern.test(input)) sum += bytes;
  return sum;
}

/** The packages (or "project" for our own sources) that put the most bytes into a bundle. */
export function biggestContributors(bundle: Bundle, count: number): [string, number][] {
  const byPackage = new Map<string, number>();
  for (const [input, bytes] of bundle.inputs) {
    const name = packageOf(input);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count);
}
