import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { tryGit } from "./git.js";

/**
 * Whether `packageName` was already released as a new major since the base: its package.json
 * version has a higher major than at the base. That is what `changeset version` does with a major
 * changeset, deleting the changeset: on the "Version Packages" change and until the release tag
 * moves the base, the bump stands in for the changeset. Returns how the version moved, if it did.
 */
export function majorReleasedSince(
  repoRoot: string,
  baseRef: string,
  packageName: string,
): string | undefined {
  const file = findPackageJson(repoRoot, packageName);
  if (!file) return undefined;
  const now = versionOf(readFileSync(path.join(repoRoot, file), "utf8"));
  const then = versionOf(tryGit(repoRoot, ["show", `${baseRef}:${file}`]));
  if (now === undefined || then === undefined) return undefined;
  return major(now) > major(then) ? `${file} went from ${then} to ${now}` : undefined;
}

/** The repository-relative package.json under packages/ whose name is `packageName`. */
export function findPackageJson(repoRoot: string, packageName: string): string | undefined {
  let dirs: string[];
  try {
    dirs = readdirSync(path.join(repoRoot, "packages"));
  } catch {
    return undefined;
  }
  return dirs
    .map((dir) => `packages/${dir}/package.json`)
    .find((file) => {
      try {
        const json = JSON.parse(readFileSync(path.join(repoRoot, file), "utf8")) as {
          name?: unknown;
        };
        return json.name === packageName;
      } catch {
        return false;
      }
    });
}

function versionOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const { version } = JSON.parse(text) as { version?: unknown };
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

const major = (version: string) => Number.parseInt(version.split(".")[0] ?? "", 10);
