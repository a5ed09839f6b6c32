import { vendors, type VendorOperations } from "./generated/vendors.js";

export { vendors, type VendorOperations };

/** The facade's key for each vendor, e.g. `twilioFlex` (the manifest's `key`). */
export type VendorKey = keyof typeof vendors;

/** A vendor's options: exactly what its generated client's factory takes. */
export type VendorOptions<Vendor extends VendorKey> = Parameters<
  (typeof vendors)[Vendor]["createClient"]
>[0];

export const VENDOR_KEYS = Object.keys(vendors) as VendorKey[];
