// @ts-check
// The vendors the benchmarks load: codegen's manifest joined with the facade's generated
// registry by key, so a new spec is benchmarked with no edit here and no dependency per vendor.
import { readFileSync } from "node:fs";
import path from "node:path";
import { credentialOptionValues } from "@switchboard/client-runtime/spec";
import { vendors as registry } from "@switchboard/sdk/vendors";
import { repoRoot } from "./servers.js";

/** Placeholder credential values; the benchmarks send them to loopback servers only. */
export const BENCH_CREDENTIAL = { secret: "bench-secret", username: "bench-user" };

/**
 * @typedef {import("@switchboard/client-runtime/spec").VendorManifest & {
 *   createClient: (options: any) => any,
 *   metadata: import("@switchboard/client-runtime").SpecMetadata,
 *   document: unknown,
 *   options: Record<string, string>,
 *   specFile: string,
 * }} Vendor
 * A manifest entry with its generated client factory and metadata, its bundled spec, the
 * credential options its client and facade section take, and the spec file Prism serves.
 */

/** @returns {import("@switchboard/client-runtime/spec").Manifest} */
export function readManifest() {
  return JSON.parse(readFileSync(path.join(repoRoot, "manifest.json"), "utf8"));
}

/** @returns {Vendor[]} every vendor of the manifest, in its order */
export function benchVendors() {
  return readManifest().vendors.map((vendor) => {
    const entry = /** @type {Record<string, (typeof registry)[keyof typeof registry]>} */ (
      registry
    )[vendor.key];
    if (entry === undefined) {
      throw new Error(
        `manifest.json lists ${vendor.key}, @switchboard/sdk/vendors does not: run pnpm generate, then build`,
      );
    }
    return {
      ...vendor,
      createClient: entry.createClient,
      metadata: entry.metadata,
      document: JSON.parse(readFileSync(path.join(repoRoot, vendor.bundle), "utf8")),
      options: credentialOptionValues(vendor.auth, BENCH_CREDENTIAL),
      specFile: path.join(repoRoot, vendor.spec),
    };
  });
}
