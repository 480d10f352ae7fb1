import { configDefaults, defineConfig } from "vitest/config";

const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

/**
 * Three projects, so that a run starts only what its files need: `unit` and `infra` start
 * nothing (`npm run test:unit` is `--project unit`), `stack` starts the local stack once.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], ...timeouts },
      },
      {
        test: {
          // Synthesized templates. Without isolation the files of a worker share
          // test/infra/stack-synth.ts, and so one synthesis of the stack.
          name: "infra",
          include: ["test/infra/**/*.test.ts"],
          isolate: false,
          ...timeouts,
        },
      },
      {
        test: {
          name: "stack",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/unit/**", "test/infra/**"],
          // One local stack (emulators, gateway, Step Functions runner) for the whole run.
          globalSetup: ["test/global-setup.ts"],
          // Each file's contract tally (every API answer checked against openapi.json) for the run's sum.
          setupFiles: ["test/support/contract-setup.ts"],
          ...timeouts,
        },
      },
    ],
  },
});
