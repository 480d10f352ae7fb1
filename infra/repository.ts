import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: route entries, the ASL file and the lock file are named relative to it. */
export const REPOSITORY_ROOT = resolve(fileURLToPath(import.meta.url), "../..");

export function fromRepositoryRoot(relativePath: string): string {
  return resolve(REPOSITORY_ROOT, relativePath);
}
