import { configDefaults, defineConfig } from "vitest/config";

const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "stack",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/infra/**"],
          // One local stack (emulators, gateway, Step Functions runner) for the whole run.
          globalSetup: ["test/global-setup.ts"],
          // Each file's contract tally (every API answer checked against openapi.json) for the run's sum.
          setupFiles: ["test/support/contract-setup.ts"],
          ...timeouts,
        },
      },
      {
        test: {
          // Synthesized templates: nothing is started. Without isolation the files of a worker
          // share test/infra/stack-synth.ts, and so one synthesis of the stack.
          name: "infra",
          include: ["test/infra/**/*.test.ts"],
          isolate: false,
          ...timeouts,
        },
      },
    ],
  },
});
