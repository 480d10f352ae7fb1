import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import * as z from "zod/mini";

/**
 * AWS Control Tower's proactive controls as cfn-guard rules, run on synthesized templates with
 * the cfn-guard binary that @cdklabs/cdk-validator-cfnguard ships (both from npm, no install).
 */
const PACKAGE_ROOT = dirname(
  createRequire(import.meta.url).resolve("@cdklabs/cdk-validator-cfnguard/package.json"),
);
const RULES_DIRECTORY = join(PACKAGE_ROOT, "rules", "control-tower", "cfn-guard");

/** One resource that one rule finds non-compliant in one template. */
export interface GuardFinding {
  template: string;
  resource: string;
  /** The cfn-guard rule name, which an exemption names. */
  rule: string;
  /** The Control Tower control, e.g. CT.LAMBDA.PR.3. */
  control: string;
}

/** An exemption written next to a resource by exemptFromGuardRule (infra/constructs/guard.ts). */
export interface GuardExemption {
  template: string;
  resource: string;
  rule: string;
  reason: string;
}

/** The binary for this machine; the package ships Linux and macOS builds for x64 and arm64. */
function guardBinary(): string {
  const platforms: Record<string, string> = { linux: "ubuntu", darwin: "macos" };
  const architectures: Record<string, string> = { x64: "x86_64", arm64: "aarch64" };
  const platform = platforms[process.platform];
  const architecture = architectures[process.arch];
  if (!platform || !architecture) {
    throw new Error(
      `cfn-guard is shipped for Linux and macOS on x64 or arm64 only, not ${process.platform}/${process.arch}`,
    );
  }
  return join(PACKAGE_ROOT, "bin", platform, architecture, "cfn-guard");
}

function guardFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return guardFiles(path);
    return entry.name.endsWith(".guard") ? [path] : [];
  });
}

const RESOURCE_TYPE = /AWS::\w+::\w+/g;

/**
 * The rule files that can apply: those naming a resource type the templates contain (or none).
 * A rule selects resources by type, so the others are "not applicable" anyway; skipping them
 * makes the run four times faster on two cores.
 */
function applicableRules(types: ReadonlySet<string>): string[] {
  return guardFiles(RULES_DIRECTORY).filter((file) => {
    const named = readFileSync(file, "utf8").match(RESOURCE_TYPE) ?? [];
    return named.length === 0 || named.some((type) => types.has(type));
  });
}

const Template = z.object({
  Resources: z.record(
    z.string(),
    z.object({
      Type: z.string(),
      Metadata: z.optional(
        z.looseObject({
          guard: z.optional(
            z.object({ SuppressedRules: z.array(z.string()), Reasons: z.record(z.string(), z.string()) }),
          ),
        }),
      ),
    }),
  ),
});

// cfn-guard's report: one entry per data file, one per failed rule; the checks inside vary in shape.
const Report = z.array(
  z.object({
    name: z.string(),
    not_compliant: z.array(z.object({ Rule: z.looseObject({ name: z.string() }) })),
  }),
);

/** Every logical id a failed rule's checks point at (`/Resources/<id>/...`), wherever in the report. */
function resourcesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) resourcesIn(item, found);
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      const match = key === "path" && typeof value === "string" ? /^\/Resources\/([^/]+)/.exec(value) : null;
      if (match) found.add(match[1]!);
      resourcesIn(value, found);
    }
  }
  return found;
}

/** Runs every applicable Control Tower rule on each template (by name) and lists what fails. */
export function controlTowerFindings(templates: Record<string, unknown>): GuardFinding[] {
  const parsed = Object.values(templates).map((template) => Template.parse(template));
  const types = new Set(
    parsed.flatMap((template) => Object.values(template.Resources).map(({ Type }) => Type)),
  );
  const directory = mkdtempSync(join(tmpdir(), "support-center-guard-"));
  try {
    const dataFiles = Object.entries(templates).map(([name, template]) => {
      const file = join(directory, `${name}.json`);
      writeFileSync(file, JSON.stringify(template));
      return file;
    });
    const args = [
      "validate",
      ...applicableRules(types).flatMap((rule) => ["--rules", rule]),
      ...dataFiles.flatMap((file) => ["--data", file]),
      ...["--output-format", "json", "--show-summary", "none", "--structured"],
    ];
    const run = spawnSync(guardBinary(), args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    // 0: everything compliant; 19: something is not; anything else is cfn-guard failing.
    if (run.error || (run.status !== 0 && run.status !== 19)) {
      throw new Error(`cfn-guard failed (${run.error ?? `exit ${run.status}`}): ${run.stderr}`);
    }
    return Report.parse(JSON.parse(run.stdout)).flatMap((result) =>
      result.not_compliant.flatMap(({ Rule }) => {
        const control = /\[(CT\.[A-Z0-9]+\.PR\.\d+)\]/.exec(JSON.stringify(Rule))?.[1] ?? "unknown control";
        return [...resourcesIn(Rule)].map((resource) => ({
          template: basename(result.name, ".json"),
          resource,
          rule: Rule.name,
          control,
        }));
      }),
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Every exemption written into the templates' resource metadata. */
export function guardExemptions(templates: Record<string, unknown>): GuardExemption[] {
  return Object.entries(templates).flatMap(([name, template]) =>
    Object.entries(Template.parse(template).Resources).flatMap(([resource, { Metadata }]) => {
      const guard = Metadata?.guard;
      return (guard?.SuppressedRules ?? []).map((rule) => ({
        template: name,
        resource,
        rule,
        reason: guard?.Reasons[rule] ?? "",
      }));
    }),
  );
}
