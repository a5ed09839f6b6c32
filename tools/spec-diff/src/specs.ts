import { readFileSync } from "node:fs";
import path from "node:path";
import type { Manifest } from "@switchboard/client-runtime/spec";
import { tryGit } from "./git.js";

/** Codegen's list of vendor APIs, relative to the repository root. */
export const MANIFEST_FILE = "manifest.json";

/** Each spec (a repository-relative POSIX path) and the package published from it. */
export type SpecPackages = ReadonlyMap<string, string>;

/** The specs of a manifest: `specs/twilio-flex.yaml` → `@switchboard/twilio-flex`. */
export function specPackages(manifest: Manifest): SpecPackages {
  return new Map(manifest.vendors.map((vendor) => [vendor.spec, vendor.packageName]));
}

/** The specs of the working tree's manifest.json. */
export function workingTreeSpecs(repoRoot: string): SpecPackages {
  const file = path.join(repoRoot, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`${MANIFEST_FILE} is missing: run \`pnpm generate\``);
  }
  return specPackages(parseManifest(text, MANIFEST_FILE));
}

/** The specs at `ref`: those of its manifest.json, or of its specs/ when it has none. */
export function specsAtRef(repoRoot: string, ref: string): SpecPackages {
  const text = tryGit(repoRoot, ["show", `${ref}:${MANIFEST_FILE}`]);
  if (text !== undefined) return specPackages(parseManifest(text, `${MANIFEST_FILE} at ${ref}`));
  // A base older than the manifest: every specs/<name>.yaml was published as @switchboard/<name>.
  return new Map(listSpecsAtRef(repoRoot, ref).map((spec) => [spec, legacyPackageForSpec(spec)]));
}

function parseManifest(text: string, label: string): Manifest {
  const manifest = JSON.parse(text) as Partial<Manifest>;
  if (!Array.isArray(manifest.vendors)) throw new Error(`${label} has no vendors list`);
  return manifest as Manifest;
}

/** The specs committed in `specs/` at `ref`; none when it has no such folder. */
function listSpecsAtRef(repoRoot: string, ref: string): string[] {
  const names = tryGit(repoRoot, ["ls-tree", "--name-only", `${ref}:specs`]) ?? "";
  return names
    .split("\n")
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `specs/${name}`);
}

/** How packages were named before the manifest: `specs/twilio-flex.yaml` → `@switchboard/twilio-flex`. */
function legacyPackageForSpec(file: string): string {
  return `@switchboard/${path.posix.basename(file).replace(/\.ya?ml$/, "")}`;
}
