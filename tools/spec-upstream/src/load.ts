import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isObject, type VendorManifest } from "@switchboard/client-runtime/spec";
import { parse } from "yaml";

/** A problem with the command line or its inputs: exit 2. */
export class UsageError extends Error {}

/** Parses JSON or YAML (YAML reads JSON too) and checks it is an OpenAPI document. */
export function parseDocument(text: string, label: string): unknown {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new UsageError(
      `${label}: not JSON or YAML (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!isObject(document) || typeof document.openapi !== "string") {
    throw new UsageError(`${label}: not an OpenAPI document (it must have an \`openapi\` version)`);
  }
  return document;
}

/** The vendor's document from a file path (relative to `cwd`) or an http(s) URL. */
export async function loadUpstream(source: string, cwd: string): Promise<unknown> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source);
    } catch (error) {
      throw new UsageError(
        `<upstream> ${source}: could not be fetched (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (!response.ok)
      throw new UsageError(`<upstream> ${source}: answered HTTP ${response.status}`);
    return parseDocument(await response.text(), `<upstream> ${source}`);
  }
  const file = path.resolve(cwd, source);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(
      `<upstream> ${source}: not a readable file (give a path or an http(s) URL)`,
    );
  }
  return parseDocument(text, `<upstream> ${source}`);
}

/** The repository around `cwd`: the nearest folder up with a manifest.json. */
export function findRepoRoot(cwd: string): string {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, "manifest.json"))) return folder;
    if (path.dirname(folder) === folder) {
      throw new UsageError(`no manifest.json in ${cwd} or above: run it inside the repository`);
    }
  }
}

/** The curated spec of a vendor the manifest lists. */
export function loadCurated(repoRoot: string, vendor: string): unknown {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "manifest.json"), "utf8")) as {
    vendors: readonly Pick<VendorManifest, "name" | "spec">[];
  };
  const entry = manifest.vendors.find((candidate) => candidate.name === vendor);
  if (!entry) {
    const known = manifest.vendors.map((candidate) => candidate.name).join(", ");
    throw new UsageError(
      `<vendor> "${vendor}": must be a vendor name from manifest.json (${known})`,
    );
  }
  return parseDocument(readFileSync(path.join(repoRoot, entry.spec), "utf8"), entry.spec);
}
