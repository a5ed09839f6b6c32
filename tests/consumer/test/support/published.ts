/**
 * What the suite publishes: every vendor's client package (from the manifest), the runtime
 * they share, the facade and the mock gateway, each by its folder in the workspace.
 */
import { fileURLToPath } from "node:url";

import { manifestVendors } from "@switchboard/test-support";

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
