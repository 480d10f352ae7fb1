import { readFileSync, writeFileSync } from "node:fs";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const SECTION_INTRO = `## Benchmark

\`npm run bench\` (code in \`bench/\`; not part of \`npm test\`) prints one markdown table and keeps the
latest one below. It takes about three minutes on two otherwise idle cores:

- bundles every Lambda entry (the route table's and the other constructs') the way CDK's
  \`NodejsFunction\` does (esbuild, ESM, node22, minified, source maps) and imports each bundle in
  fresh \`node\` processes, next to a baseline module that only creates a DynamoDB client;
- starts the local stack in its own process on free ports and drives the API through the local
  gateway: latency of \`GET /cases/{n}\` and \`POST /cases\` next to raw \`GetItem\` /
  \`TransactWriteItems\` calls to the same DynamoDB Local, intake throughput at concurrency 16, the
  DynamoDB capacity each API operation consumes (a middleware on the handlers' shared client asks
  for \`ReturnConsumedCapacity\`), and the state transitions of one complete follow-up execution;
- loads the portal's sign-in and case-list pages in the run's Chromium: their first-load JavaScript
  and CSS gzipped against the 80 KB budget (fonts apart), load time and largest contentful paint.

Absolute local timings depend on the machine and on what else runs on it (the load average is
recorded); compare the ratios, and compare runs on the same machine. Shorter runs:
\`BENCH_COLD_RUNS=1 BENCH_ROUNDS=50 BENCH_INTAKES=200 npm run bench\`.
`;

/**
 * Puts the table into README.md's "Benchmark" section: between its markers when the section
 * exists, else as a new section before a licence section or at the end. Nothing else is touched.
 */
export function writeReadmeSection(readmePath: string, table: string): void {
  const readme = readFileSync(readmePath, "utf8");
  const block = `${START}\n${table.trim()}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  let updated: string;
  if (start >= 0 && end > start) {
    updated = `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`;
  } else {
    const section = `${SECTION_INTRO}\n${block}\n`;
    const licence = readme.search(/^## Licen[cs]e/m);
    updated =
      licence >= 0
        ? `${readme.slice(0, licence)}${section}\n${readme.slice(licence)}`
        : `${readme.trimEnd()}\n\n${section}`;
  }
  writeFileSync(readmePath, updated);
}
