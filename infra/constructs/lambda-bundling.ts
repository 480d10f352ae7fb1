/**
 * How every function is bundled, in esbuild's own terms: CDK's NodejsFunction
 * (support-function.ts) and the bench (bench/bundles.ts) both build from these, so the bench
 * measures exactly what is deployed.
 */

// esbuild's ESM output has no `require`; CommonJS dependencies bundled into it still call it.
export const ESM_REQUIRE_SHIM =
  "import { createRequire as __createRequireForEsm } from 'node:module'; const require = __createRequireForEsm(import.meta.url);";

/**
 * Modules replaced at bundle time (paths from the repository root, where CDK runs esbuild).
 * In Lambda the role's credentials are environment variables: the SDK's default chain (ini
 * files, SSO, web identity, process, container and instance metadata) is ~130 KB and ~28 ms of
 * every cold start that never finds anything the environment reader would not.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  "@aws-sdk/credential-provider-node": "./functions/shared/environment-credentials.ts",
};

export const LAMBDA_BUNDLING = {
  format: "esm",
  target: "node22",
  mainFields: ["module", "main"],
  minify: true,
  sourcemap: true,
  // Stack traces need the mappings, not the sources: keeps the bundle small.
  sourcesContent: false,
  banner: ESM_REQUIRE_SHIM,
  alias: BUNDLE_ALIASES,
} as const;
