import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Building the real site runs Redocly four times; slow when turbo runs every suite on 2 cores.
    testTimeout: 120_000,
  },
});
