import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { isObject } from "./openapi.js";

/** One pending `.changeset/*.md`: the bump it asks for, per package. */
export interface Changeset {
  file: string;
  releases: ReadonlyMap<string, string>;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Reads the changesets waiting in `.changeset/` (its README.md is not one). */
export function readPendingChangesets(repoRoot: string): Changeset[] {
  const dir = path.join(repoRoot, ".changeset");
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => {
      const file = `.changeset/${name}`;
      return { file, releases: parseChangeset(readFileSync(path.join(dir, name), "utf8"), file) };
    });
}

/** The front matter of a changeset: `"@switchboard/twilio-flex": major`, one package a line. */
export function parseChangeset(text: string, file: string): Map<string, string> {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file} has no front matter (--- "@switchboard/x": major ---)`);
  let data: unknown;
  try {
    data = parse(match[1] ?? "") ?? {};
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!isObject(data)) throw new Error(`${file}: the front matter is not a map of package: bump`);
  const releases = new Map<string, string>();
  for (const [name, bump] of Object.entries(data)) {
    if (typeof bump !== "string") throw new Error(`${file}: the bump for ${name} is not a string`);
    releases.set(name, bump.trim());
  }
  return releases;
}

/** Package name -> the changeset files that give it a major bump. */
export function majorChangesets(changesets: readonly Changeset[]): Map<string, string[]> {
  const majors = new Map<string, string[]>();
  for (const changeset of changesets) {
    for (const [name, bump] of changeset.releases) {
      if (bump === "major") majors.set(name, [...(majors.get(name) ?? []), changeset.file]);
    }
  }
  return majors;
}
