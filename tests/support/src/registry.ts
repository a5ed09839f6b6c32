/**
 * Each manifest vendor joined with its entry in the facade's generated registry
 * (`@switchboard/sdk/vendors`): its client factory, run-time metadata and request validators.
 * Suites reach a vendor's generated code only through here, so no suite lists vendor packages.
 */
import type { VendorManifest } from "@switchboard/client-runtime/spec";
import { vendors, type VendorKey } from "@switchboard/sdk/vendors";

import { manifestVendors } from "./manifest.js";

export type RegistryEntry = (typeof vendors)[VendorKey];

export interface RegisteredVendor {
  readonly manifest: VendorManifest;
  readonly key: VendorKey;
  readonly entry: RegistryEntry;
}

function isVendorKey(key: string): key is VendorKey {
  return Object.hasOwn(vendors, key);
}

/** The vendor's registry entry; throws when the registry is older than the manifest. */
export function registered(vendor: VendorManifest): RegisteredVendor {
  if (!isVendorKey(vendor.key)) {
    throw new Error(
      `${vendor.name}: the facade registry has no "${vendor.key}" (run \`pnpm generate\` and build @switchboard/sdk)`,
    );
  }
  return { manifest: vendor, key: vendor.key, entry: vendors[vendor.key] };
}

/** Every manifest vendor with its registry entry, in the manifest's order. */
export function registeredVendors(): RegisteredVendor[] {
  return manifestVendors().map(registered);
}
