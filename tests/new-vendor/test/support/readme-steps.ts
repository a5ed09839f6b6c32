/**
 * The README's "Add a vendor API" steps, read from the README itself so the suite takes
 * exactly the steps a reader is told to take: the `redocly.yaml` entry to add, and the
 * commands to run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface AddVendorSteps {
  /** The `apis:` entry, with `<name>` as the placeholder for the vendor's name. */
  apiEntry: string;
  /** The commands, in order. */
  commands: string[];
}

const SECTION = /^## Add a vendor API\n([\s\S]*?)(?=^## )/m;

export async function readAddVendorSteps(repoRoot: string): Promise<AddVendorSteps> {
  const readme = await readFile(path.join(repoRoot, "README.md"), "utf8");
  const section = SECTION.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "## Add a vendor API" section');
  const blocks = (language: string) =>
    [...section.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"))].map((match) =>
      dedent(match[1] ?? ""),
    );
  const [apiEntry] = blocks("yaml");
  const [commands] = blocks("sh");
  if (apiEntry === undefined || commands === undefined) {
    throw new Error(
      "the README's Add a vendor API section needs a ```yaml entry and a ```sh block",
    );
  }
  return {
    apiEntry: apiEntry.trimEnd(),
    commands: commands
      .split("\n")
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter(Boolean)
      .flatMap((line) => line.split("&&").map((command) => command.trim())),
  };
}

/** redocly.yaml with the entry added at the end of `apis:`. */
export function withApiEntry(redoclyYaml: string, entry: string): string {
  const lines = redoclyYaml.split("\n");
  const start = lines.findIndex((line) => line === "apis:");
  if (start === -1) throw new Error("redocly.yaml has no top-level `apis:`");
  let end = start + 1;
  while (end < lines.length && (lines[end]!.startsWith(" ") || lines[end] === "")) end += 1;
  while (lines[end - 1] === "") end -= 1;
  const indented = entry.split("\n").map((line) => `  ${line}`);
  return [...lines.slice(0, end), ...indented, ...lines.slice(end)].join("\n");
}

/** A code block of a list item without the item's indentation. */
function dedent(block: string): string {
  const lines = block.replace(/\s+$/, "").split("\n");
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== "").map((line) => /^ */.exec(line)![0].length),
  );
  return lines.map((line) => line.slice(indent)).join("\n");
}
