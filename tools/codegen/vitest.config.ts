import { defineConfig } from "vitest/config";

export default defineConfig({
  // Bundling and rendering a spec takes seconds when turbo runs every suite at once on 2 cores.
  test: { testTimeout: 60_000 },
});
