import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { isDeepStrictEqual } from "node:util";

/*
 * Parsing the YAML specs took a fifth of startup; JSON.parse of the same documents is about a
 * hundred times faster. The build stores each shipped spec pre-parsed beside it, keyed by a
 * hash of the YAML text, so an edited spec is never served from a stale copy.
 */

interface ParsedSpec {
  sha256: string;
  document: unknown;
}

/** `specs/syllable.yaml` is stored pre-parsed as `specs/syllable.parsed.json`. */
export function parsedSpecPath(yamlFile: string): string {
  return yamlFile.replace(/\.yaml$/, ".parsed.json");
}

/**
 * The spec's document: a `.yaml` one from its pre-parsed copy when that matches the YAML, else
 * parsed; a `.json` one as JSON (it needs no copy); any other as YAML.
 */
export async function readSpecDocument(specFile: string): Promise<unknown> {
  const text = await readFile(specFile, "utf8");
  if (specFile.endsWith(".json")) return JSON.parse(text);
  if (!specFile.endsWith(".yaml")) return parseYaml(text);
  const stored = await readParsed(parsedSpecPath(specFile));
  return stored?.sha256 === hashOf(text) ? stored.document : parseYaml(text);
}

/**
 * Stores the spec pre-parsed beside it. Returns false, storing nothing, when JSON cannot hold
 * the document exactly (YAML's `.nan`, `.inf`, `-0`): such a spec is read from its YAML.
 */
export async function writeParsedSpec(yamlFile: string): Promise<boolean> {
  const text = await readFile(yamlFile, "utf8");
  const document = await parseYaml(text);
  const json = JSON.stringify({ sha256: hashOf(text), document } satisfies ParsedSpec);
  if (!isDeepStrictEqual((JSON.parse(json) as ParsedSpec).document, document)) return false;
  await writeFile(parsedSpecPath(yamlFile), json);
  return true;
}

async function readParsed(file: string): Promise<ParsedSpec | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as ParsedSpec;
  } catch {
    // None stored (a caller's own specs), or unreadable: the YAML decides.
    return undefined;
  }
}

// Imported only when needed: loading the YAML parser alone takes tens of milliseconds.
async function parseYaml(text: string): Promise<unknown> {
  const { parse } = await import("yaml");
  return parse(text);
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
