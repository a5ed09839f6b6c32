/**
 * The manifest codegen writes (`manifest.json` at the repository root): the one list of vendor
 * APIs every suite iterates. Read once, on first use.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import type { Manifest, VendorManifest } from "@switchboard/client-runtime/spec";

/** The repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

let cached: Manifest | undefined;

export function manifest(): Manifest {
  cached ??= JSON.parse(readFileSync(`${REPO_ROOT}manifest.json`, "utf8")) as Manifest;
  return cached;
}

/** Every vendor, in the manifest's order. */
export function manifestVendors(): readonly VendorManifest[] {
  return manifest().vendors;
}

/** A vendor by its name (the gateway prefix, e.g. `twilio-flex`); throws naming the known ones. */
export function vendorNamed(name: string): VendorManifest {
  const found = manifestVendors().find((vendor) => vendor.name === name);
  if (found === undefined) {
    throw new Error(
      `no vendor "${name}" in manifest.json (it has ${manifestVendors()
        .map((vendor) => vendor.name)
        .join(", ")})`,
    );
  }
  return found;
}

/** A vendor by its facade key (e.g. `twilioFlex`). */
export function vendorKeyed(key: string): VendorManifest {
  const found = manifestVendors().find((vendor) => vendor.key === key);
  if (found === undefined)
    throw new Error(`no vendor with the facade key "${key}" in manifest.json`);
  return found;
}
