import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { git } from "./git.js";
import { isObject, toPointer, type OpenApiDocument } from "./openapi.js";

/** Parses a spec and checks that the single file is all there is to it. */
export function parseSpec(text: string, label: string): OpenApiDocument {
  const document: unknown = parse(text);
  if (!isObject(document) || typeof document.openapi !== "string") {
    throw new Error(`${label} is not an OpenAPI document (no \`openapi\` version)`);
  }
  assertLocalRefs(document, label);
  return document as OpenApiDocument;
}

/** The spec as committed at `ref` (a commit, tag or branch). */
export function readSpecAtRef(repoRoot: string, ref: string, file: string): OpenApiDocument {
  return parseSpec(git(repoRoot, ["show", `${ref}:${file}`]), `${file} at ${ref}`);
}

/** The spec as it is in the working tree, edits included. */
export function readWorkingTreeSpec(repoRoot: string, file: string): OpenApiDocument {
  return parseSpec(readFileSync(path.join(repoRoot, file), "utf8"), file);
}

/**
 * Specs may `$ref` only within themselves, so comparing two single files compares the whole API.
 * Throws on the first `$ref` that leaves the file.
 */
export function assertLocalRefs(node: unknown, label: string, at: (string | number)[] = []): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => assertLocalRefs(item, label, [...at, index]));
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) {
        throw new Error(
          `${label}: $ref "${value}" at ${toPointer(at)} leaves the file; specs may only $ref within themselves`,
        );
      }
      assertLocalRefs(value, label, [...at, key]);
    }
  }
}
