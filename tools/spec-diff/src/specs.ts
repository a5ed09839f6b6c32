import { readdirSync } from "node:fs";
import path from "node:path";
import { git } from "./git.js";

/** Where the specs live, relative to the repository root. */
export const SPEC_DIR = "specs";

/** `specs/twilio-flex.yaml` is published as `@switchboard/twilio-flex`. */
export function packageForSpec(file: string): string {
  return `@switchboard/${path.posix.basename(file).replace(/\.ya?ml$/, "")}`;
}

const isSpecFile = (name: string) => /\.ya?ml$/.test(name);

/** The specs in the working tree, as repository-relative POSIX paths. */
export function listWorkingTreeSpecs(repoRoot: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(repoRoot, SPEC_DIR));
  } catch {
    return [];
  }
  return names
    .filter(isSpecFile)
    .sort()
    .map((name) => `${SPEC_DIR}/${name}`);
}

/** The specs committed at `ref`. */
export function listSpecsAtRef(repoRoot: string, ref: string): string[] {
  return git(repoRoot, ["ls-tree", "--name-only", `${ref}:${SPEC_DIR}`])
    .split("\n")
    .filter((name) => name !== "" && isSpecFile(name))
    .sort()
    .map((name) => `${SPEC_DIR}/${name}`);
}
