import { isObject } from "./json.js";
import { atPointer } from "./json-pointer.js";

/*
 * Local `$ref`s of a bundled document. Bundling (codegen, with @redocly/openapi-core) leaves
 * only `#/...` references, so following them needs no resolver: a pointer into the document.
 */

/** The pointer a local `$ref` names: `#/components/schemas/A%20B` → `/components/schemas/A B`. */
export function refPointer(ref: string): string {
  if (!ref.startsWith("#")) {
    throw new Error(`Only local $refs are supported in a bundled spec, got "${ref}"`);
  }
  return decodeURIComponent(ref.slice(1));
}

/** Follows `$ref`s from the node at `pointer` to a node without one; returns the final pointer. */
export function resolvePointer(document: unknown, pointer: string): string {
  const seen = new Set<string>();
  let current = pointer;
  for (;;) {
    const node = atPointer(document, current);
    if (!isObject(node) || typeof node.$ref !== "string") return current;
    if (seen.has(node.$ref)) throw new Error(`$ref cycle at ${node.$ref}`);
    seen.add(node.$ref);
    current = refPointer(node.$ref);
    if (atPointer(document, current) === undefined) {
      throw new Error(`Unresolved $ref ${node.$ref}`);
    }
  }
}

/** The node itself, or what its `$ref` chain ends at; throws as `resolvePointer` does. */
export function resolveNode(document: unknown, node: unknown): unknown {
  if (!isObject(node) || typeof node.$ref !== "string") return node;
  const target = refPointer(node.$ref);
  if (atPointer(document, target) === undefined) throw new Error(`Unresolved $ref ${node.$ref}`);
  return atPointer(document, resolvePointer(document, target));
}
