/**
 * What the suite publishes: every vendor's client package (from the manifest), the runtime
 * they share, the facade and the mock gateway, each by its folder in the workspace.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { manifestVendors, REPO_ROOT } from "@switchboard/test-support";

export interface Published {
  name: string;
  /** Relative to the repository root. */
  folder: string;
}

export const PUBLISHED: readonly Published[] = [
  { name: "@switchboard/client-runtime", folder: "packages/client-runtime" },
  ...manifestVendors().map((vendor) => ({ name: vendor.packageName, folder: vendor.packageDir })),
  { name: "@switchboard/sdk", folder: "packages/sdk" },
  { name: "@switchboard/mock", folder: "apps/mock" },
];

/** Files copied into the consumer project: the run script and the pinned type checks. */
export const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/**
 * The version the workspace's catalog (`pnpm-workspace.yaml`) gives `name`: what the consumer
 * project installs beside the tarballs for a tool the workspace uses too (vitest, msw).
 */
export function catalogVersion(name: string): string {
  const workspace = readFileSync(path.join(REPO_ROOT, "pnpm-workspace.yaml"), "utf8");
  const catalog = /^catalog:\n((?:[ \t]+.*\n|\n)*)/m.exec(workspace)?.[1] ?? "";
  const quoted = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const version = new RegExp(`^[ \\t]+"?${quoted}"?:[ \\t]*"?([^"\\s#]+)"?`, "m").exec(
    catalog,
  )?.[1];
  if (version === undefined) throw new Error(`pnpm-workspace.yaml's catalog has no ${name}`);
  return version;
}

/** The test runner the recipes run with in the consumer project, at the catalog's version. */
export const VITEST = { name: "vitest", version: catalogVersion("vitest") };

/** What the MSW recipe installs beside it, as a user of `@switchboard/mock/msw` does. */
export const MSW = { name: "msw", version: catalogVersion("msw") };
