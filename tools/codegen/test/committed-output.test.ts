import path from "node:path";
import { expect, test } from "vitest";
import { findStaleFiles, generateApi, loadWorkspace } from "../src/index.js";

// The drift gate: committed generated code must be exactly what the specs produce.
test("every package's src/generated/ matches its spec (run `pnpm generate` if not)", async () => {
  const root = path.resolve(import.meta.dirname, "../../..");
  const { config, targets } = await loadWorkspace(path.join(root, "redocly.yaml"));
  expect(targets.map((target) => target.name)).toEqual([
    "syllable@v1",
    "healthing@v1",
    "watsonx-orchestrate@v1",
    "twilio-flex@v1",
  ]);
  const files = (await Promise.all(targets.map((target) => generateApi(target, config)))).flat();
  const stale = await findStaleFiles(files);
  expect(stale.map((file) => path.relative(root, file))).toEqual([]);
});
