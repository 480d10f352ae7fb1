import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type BuildOptions, build, type Metafile } from "esbuild";
import { ROUTES } from "../functions/api/routes";

/** One deployed function: its module (from the repository root) and a short name for the table. */
export interface FunctionEntry {
  name: string;
  entry: string;
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

// The options infra/constructs/support-function.ts gives NodejsFunction, as CDK passes them to esbuild.
const ESM_REQUIRE_SHIM =
  "import { createRequire as __createRequireForEsm } from 'node:module'; const require = __createRequireForEsm(import.meta.url);";

const CDK_OPTIONS: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ["module", "main"],
  banner: { js: ESM_REQUIRE_SHIM },
  logLevel: "warning",
};

function packageOf(input: string): string {
  if (!input.includes("node_modules/")) return "project";
  const parts = input.split("node_modules/").at(-1)?.split("/") ?? [];
  return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? input);
}

/**
 * Bundles all entries in one esbuild run (no code splitting, so every output is the same
 * self-contained file a separate CDK bundling step would produce): ESM, node22, minified,
 * external source maps without sources, module-first main fields, the require shim banner.
 */
export async function bundleAll(root: string, outdir: string, entries: FunctionEntry[]): Promise<Bundle[]> {
  const result = await build({
    ...CDK_OPTIONS,
    metafile: true,
    absWorkingDir: root,
    entryPoints: entries.map((e) => ({ in: e.entry, out: e.entry.replace(/\.ts$/, "") })),
    outdir,
    outExtension: { ".js": ".mjs" },
  });
  return entries.map((e) => bundleFacts(result.metafile, root, outdir, e));
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
