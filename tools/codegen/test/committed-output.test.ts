import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Manifest } from "@switchboard/client-runtime/spec";
import { expect, test } from "vitest";
import {
  findStaleFiles,
  generateWorkspace,
  loadWorkspace,
  retiredVendorPackages,
} from "../src/index.js";
import { relativePaths, REPOSITORY_ROOT } from "./support/fixture-workspace.js";

// The drift gate: everything codegen writes must be exactly what redocly.yaml and the specs
// produce. The vendors are whichever redocly.yaml lists; the manifest is that list.
test("the committed generated files match the specs (run `pnpm generate` if not)", async () => {
  const workspace = await loadWorkspace(path.join(REPOSITORY_ROOT, "redocly.yaml"));
  const files = await generateWorkspace(workspace);
  expect(relativePaths(REPOSITORY_ROOT, await findStaleFiles(files))).toEqual([]);
  // No package is left over from a vendor taken out of redocly.yaml.
  expect(relativePaths(REPOSITORY_ROOT, await retiredVendorPackages(workspace))).toEqual([]);

  const manifest = JSON.parse(
    await readFile(path.join(REPOSITORY_ROOT, "manifest.json"), "utf8"),
  ) as Manifest;
  expect(manifest.vendors.map((vendor) => vendor.api)).toEqual(
    workspace.targets.map((target) => target.api),
  );
  const written = relativePaths(REPOSITORY_ROOT, files);
  for (const { packageDir } of manifest.vendors) {
    expect(written).toContain(`${packageDir}/src/client.ts`);
    expect(written).toContain(`${packageDir}/package.json`);
  }
});
