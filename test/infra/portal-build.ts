import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { buildWeb } from "../../web/build";

/**
 * The portal built for real (esbuild, a tenth of a second) into a directory of the test file's
 * own, as infra/app.ts builds it for every synth; removed after the file's tests.
 */
export function usePortalBuild(): { directory: string; js: () => string } {
  const directory = mkdtempSync(join(tmpdir(), "support-center-portal-"));
  let js = "";
  beforeAll(async () => {
    ({ js } = await buildWeb({ outdir: directory, console: false }));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  return { directory, js: () => js };
}
