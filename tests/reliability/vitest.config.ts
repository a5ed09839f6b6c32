import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./support/global-setup.ts"],
    // One gateway, one journal: files that clear and read the journal must not interleave.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
