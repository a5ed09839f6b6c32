import { readdir, readFile, stat } from "node:fs/promises";
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

/** The file names a spec may have; a folder serves every file named so. */
export const SPEC_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

const RULE = "an OpenAPI spec file (.yaml, .yml or .json) or a folder of them";

/** `acme.yaml` → `acme`, or undefined when the name is not a spec's. */
function vendorName(file: string): string | undefined {
  const extension = SPEC_EXTENSIONS.find((ending) => file.endsWith(ending));
  return extension === undefined ? undefined : path.basename(file, extension);
}

/**
 * The spec files `fileOrFolder` names, each with its vendor name (the file name without its
 * extension): the file itself, or every spec file in the folder, sorted by name. Throws an Error
 * naming the path and the rule when it names none.
 */
export async function specFiles(fileOrFolder: string): Promise<{ name: string; file: string }[]> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(fileOrFolder)).isDirectory();
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    throw new Error(`${fileOrFolder} does not exist; give ${RULE}`, { cause: error });
  }
  if (!isFolder) {
    const name = vendorName(fileOrFolder);
    if (name === undefined) throw new Error(`${fileOrFolder} is not ${RULE}`);
    return [{ name, file: fileOrFolder }];
  }
  const found = (await readdir(fileOrFolder, { withFileTypes: true }))
    // The pre-parsed copies the build writes beside shipped specs are not specs of their own.
    .filter((entry) => !entry.isDirectory() && !entry.name.endsWith(".parsed.json"))
    .flatMap(({ name: file }) => {
      const name = vendorName(file);
      return name === undefined ? [] : [{ name, file: path.join(fileOrFolder, file) }];
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  if (found.length === 0) {
    throw new Error(`No OpenAPI specs (*.yaml, *.yml, *.json) in ${fileOrFolder}`);
  }
  const names = found.map(({ name }) => name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) {
    const files = found.filter(({ name }) => name === twice).map(({ file }) => path.basename(file));
    throw new Error(
      `${fileOrFolder} has two specs for the prefix /${twice} (${files.join(", ")}); keep one`,
    );
  }
  return found;
}

/**
 * A caller's own specs: one file, served under `/<its name without extension>`, or every spec
 * file in a folder (see specFiles). Each is described as codegen describes a vendor (its error
 * format from `x-switchboard.errorFormat`, else detected), without codegen's rules for
 * generating a client.
 */
export async function loadSpecVendors(fileOrFolder: string): Promise<VendorSource[]> {
  return Promise.all(
    (await specFiles(fileOrFolder)).map(({ name, file }) => specVendor(name, file)),
  );
}

/** Every spec file in `folder`, as loadSpecVendors serves a folder. */
export async function loadFolderVendors(folder: string): Promise<VendorSource[]> {
  return loadSpecVendors(folder);
}

async function specVendor(name: string, specFile: string): Promise<VendorSource> {
  let document: unknown;
  try {
    document = await readSpecDocument(specFile);
  } catch (error) {
    // A parser's message says what is wrong, never in which of the caller's files.
    throw new Error(`${specFile} cannot be read as OpenAPI: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const info = isObject(document) && isObject(document.info) ? document.info : {};
  return {
    name,
    title: String(info.title ?? name),
    version: String(info.version ?? ""),
    errorFormat: vendorErrorFormat(document, specFile),
    document,
  };
}
