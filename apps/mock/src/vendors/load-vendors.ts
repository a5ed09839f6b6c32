import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isObject, vendorErrorFormat, type Manifest } from "@switchboard/client-runtime/spec";
import type { VendorSource } from "../types.js";
import { readSpecDocument } from "./spec-document.js";

/** Where the build copies the manifest's specs and the manifest itself (scripts/copy-specs.js). */
export const SHIPPED_SPECS = fileURLToPath(new URL("../../specs/", import.meta.url));

/** The manifest's vendors, in its order, each spec read from `folder` where the build put it. */
export async function loadManifestVendors(folder = SHIPPED_SPECS): Promise<VendorSource[]> {
  const file = path.join(folder, "manifest.json");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(file, "utf8")) as Manifest;
  } catch (error) {
    throw new Error(
      `Cannot read the vendor manifest ${file} (build the package first: pnpm --filter @switchboard/mock build): ${(error as Error).message}`,
      { cause: error },
    );
  }
  return Promise.all(
    manifest.vendors.map(async ({ name, title, version, errorFormat, spec }) => ({
      name,
      title,
      version,
      errorFormat,
      document: await readSpecDocument(path.join(folder, path.basename(spec))),
    })),
  );
}

/**
 * A caller's own specs: every `<name>.yaml` in `folder`, served under `/<name>`, sorted by
 * name. Each is described as codegen describes a vendor (its error format from
 * `x-switchboard.errorFormat`, else detected), without codegen's rules for generating a client.
 */
export async function loadFolderVendors(folder: string): Promise<VendorSource[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith(".yaml")).sort();
  if (files.length === 0) throw new Error(`No OpenAPI specs (*.yaml) in ${folder}`);
  return Promise.all(
    files.map(async (file) => {
      const specFile = path.join(folder, file);
      const document = await readSpecDocument(specFile);
      const name = path.basename(file, ".yaml");
      const info = isObject(document) && isObject(document.info) ? document.info : {};
      return {
        name,
        title: String(info.title ?? name),
        version: String(info.version ?? ""),
        errorFormat: vendorErrorFormat(document, specFile),
        document,
      };
    }),
  );
}
