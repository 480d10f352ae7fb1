import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * The README's walkthrough: its ```sh walkthrough blocks, in order, as one bash script. Each
 * curl command ends with `# → <status>`, the status a reader should see.
 */
export interface Walkthrough {
  /** A prelude, then the blocks at their README line numbers (other lines blank). */
  script: string;
  /** One per curl command, in order. */
  expected: { status: number; line: number }[];
}

export const WALKTHROUGH_FENCE = "```sh walkthrough";
const EXPECTED_STATUS = /# → (\d{3})\b/;

/**
 * Runs before the README's lines: curl appends the status of every call to the status log and
 * fails unless it is the one the README shows, and a failing command stops the script with its
 * README line (for a command over several lines, its last one: where the `# → …` comment is).
 */
function prelude(expected: Walkthrough["expected"]): string[] {
  return [
    "set -euo pipefail",
    `expected=(${expected.map((e) => e.status).join(" ")})`,
    "curl() {",
    '  local call; call=$(wc -l < "$WALKTHROUGH_STATUS_LOG")',
    `  command curl -w '%{stderr}%{http_code} %{url_effective}\\n' "$@" 2>>"$WALKTHROUGH_STATUS_LOG"`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash parameter expansion, not a template
    '  [[ "$(tail -n 1 "$WALKTHROUGH_STATUS_LOG")" == "${expected[call]:-none} "* ]] || return 1',
    "}",
  ];
}

export function walkthroughOf(readme: string): Walkthrough {
  const lines: string[] = [];
  const expected: Walkthrough["expected"] = [];
  let inBlock = false;
  readme.split("\n").forEach((text, index) => {
    if (!inBlock) inBlock = text === WALKTHROUGH_FENCE;
    else if (text.startsWith("```")) inBlock = false;
    else {
      lines[index] = text;
      const status = EXPECTED_STATUS.exec(text)?.[1];
      if (status) expected.push({ status: Number(status), line: index + 1 });
    }
  });
  const before = prelude(expected);
  // The README's lines keep their numbers, shifted by the prelude and the trap's own line.
  const offset = before.length + 1;
  before.push(`trap 'echo "README.md:$((LINENO - ${offset})) failed: $BASH_COMMAND" >&2' ERR`);
  return { script: `${[...before, ...Array.from(lines, (line) => line ?? "")].join("\n")}\n`, expected };
}

export interface WalkthroughRun {
  exitCode: number;
  output: string;
  /** One per curl call, in order. */
  statuses: { status: number; url: string }[];
}

/**
 * Runs the walkthrough with bash in `directory` (which holds `.local/tokens.env`) with nothing
 * but PATH and HOME from this process: whatever else the README needs must come from that file.
 */
export async function runWalkthrough(walkthrough: Walkthrough, directory: string): Promise<WalkthroughRun> {
  const scriptFile = join(directory, "walkthrough.sh");
  const statusLog = join(directory, "statuses.log");
  writeFileSync(scriptFile, walkthrough.script);
  writeFileSync(statusLog, "");
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? directory,
    WALKTHROUGH_STATUS_LOG: statusLog,
  };
  let exitCode = 0;
  let output: string;
  try {
    const { stdout, stderr } = await promisify(execFile)("bash", [scriptFile], {
      cwd: directory,
      env,
      timeout: 60_000,
    });
    output = `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    exitCode = typeof failed.code === "number" ? failed.code : -1;
    output = `${failed.stdout ?? ""}${failed.stderr ?? String(error)}`;
  }
  const statuses = readFileSync(statusLog, "utf8")
    .split("\n")
    .flatMap((line) => {
      const call = /^(\d{3}) (.*)$/.exec(line);
      return call ? [{ status: Number(call[1]), url: call[2] ?? "" }] : [];
    });
  return { exitCode, output, statuses };
}

/** Expected and actual status side by side, up to the first difference, for the failure message. */
export function describeRun(walkthrough: Walkthrough, run: WalkthroughRun): string {
  const rows: string[] = [];
  for (let i = 0; i < Math.max(walkthrough.expected.length, run.statuses.length); i++) {
    const expected = walkthrough.expected[i];
    const actual = run.statuses[i];
    const where = expected ? `README.md:${expected.line}` : "(no `# → status`)";
    rows.push(
      `  ${where.padEnd(18)} expected ${expected?.status ?? "-"}, got ${actual?.status ?? "-"} ${actual?.url ?? ""}`,
    );
    if (expected?.status !== actual?.status) break;
  }
  return `${rows.join("\n")}\nexit code ${run.exitCode}; the output's end:\n${run.output.slice(-2_000)}`;
}
