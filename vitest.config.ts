import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One local stack (emulators, gateway, Step Functions runner) for the whole run.
    globalSetup: ["test/global-setup.ts"],
    // Each file's contract tally (every API answer checked against openapi.json) for the run's sum.
    setupFiles: ["test/support/contract-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
