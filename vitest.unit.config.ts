import { defineConfig } from "vitest/config";

/** The fast suite: pure domain and parsing tests; nothing is started. */
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
  },
});
