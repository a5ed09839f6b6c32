import { fileURLToPath } from "node:url";
import { prepareVendor } from "../../src/engine/prepare-vendor.js";
import type { VendorSource } from "../../src/types.js";
import type { Vendor } from "../../src/engine/vendor.js";
import { readSpecDocument } from "../../src/vendors/spec-document.js";

/** A one-operation spec: a form with a JSON field, basic auth, Twilio's error body. */
export const MINI_SPEC = fileURLToPath(new URL("../fixtures/mini.yaml", import.meta.url));

/** The mini spec, prepared as the engine serves it under `/mini`. */
export async function miniVendor(described: Partial<VendorSource> = {}): Promise<Vendor> {
  return prepareVendor({
    name: "mini",
    title: "Mini Vendor",
    version: "1.2.3",
    errorFormat: "twilio",
    document: await readSpecDocument(MINI_SPEC),
    ...described,
  });
}
