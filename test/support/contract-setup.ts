import { afterAll, inject } from "vitest";
import { saveTallies } from "./contract-run";

// Every test file's contract tally goes into the run's (vitest.config.ts setupFiles).
afterAll(() => {
  const dir = inject("contractRunDir");
  if (dir) saveTallies(dir);
});
