import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packs every publishable package and installs the tarballs with npm, once for the run.
    globalSetup: ["./support/global-setup.ts"],
    // Type checks and the consumer's gateways compete for 2 cores; give each step room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The type checks run concurrently (test/types.test.ts), two tsc processes at a time.
    maxConcurrency: 2,
  },
});
