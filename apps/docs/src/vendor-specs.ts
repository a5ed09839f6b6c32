import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  isObject,
  type JsonObject,
  type Manifest,
  type VendorManifest,
} from "@switchboard/client-runtime/spec";

/** One vendor API of the manifest, with its bundled spec. */
export interface VendorSpec {
  readonly vendor: VendorManifest;
  readonly document: JsonObject;
}

/** The repository root: the nearest folder at or above `from` holding codegen's `manifest.json`. */
export function findRepositoryRoot(from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "manifest.json"))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`No manifest.json found above ${from}; run \`pnpm generate\``);
    }
  }
}

/** The manifest codegen writes at the repository root. */
export async function readManifest(root: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(root, "manifest.json"), "utf8")) as Manifest;
}

/** Every vendor of the manifest, in its order, with the bundled spec read from `vendor.bundle`. */
export async function loadVendorSpecs(root: string): Promise<VendorSpec[]> {
  const { vendors } = await readManifest(root);
  return Promise.all(
    vendors.map(async (vendor) => {
      const file = path.join(root, vendor.bundle);
      const document: unknown = JSON.parse(await readFile(file, "utf8"));
      if (!isObject(document)) throw new Error(`${vendor.bundle} is not an OpenAPI document`);
      return { vendor, document };
    }),
  );
}
