import { defineConfig } from "vitest/config";

export default defineConfig({
  // openapi-diff validates and dereferences both documents of every pair (a few hundred ms each),
  // and the gate tests run git in temporary repositories; turbo runs every suite at once on 2 cores.
  test: { testTimeout: 60_000 },
});
