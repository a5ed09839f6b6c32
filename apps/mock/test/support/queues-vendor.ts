import { fileURLToPath } from "node:url";
import { prepareVendor } from "../../src/engine/prepare-vendor.js";
import type { Vendor } from "../../src/engine/vendor.js";
import { readSpecDocument } from "../../src/vendors/spec-document.js";

/** One JSON operation with named examples for 200, 404 and 429 (with `Retry-After: 30`). */
export const QUEUES_SPEC = fileURLToPath(
  new URL("../fixtures/queues/queues.yaml", import.meta.url),
);

/** The queues spec, prepared as the engine serves it under `/queues`. */
export async function queuesVendor(): Promise<Vendor> {
  return prepareVendor({
    name: "queues",
    title: "Queues",
    version: "1",
    errorFormat: "fastapi",
    document: await readSpecDocument(QUEUES_SPEC),
  });
}
