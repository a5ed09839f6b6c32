import {
  atPointer,
  isObject,
  pointerOf,
  refPointer,
  resolvePointer,
  type JsonObject,
} from "@switchboard/client-runtime/spec";

export { isObject, type JsonObject };

/** A parsed OpenAPI document; the gate reads only what it needs. */
export interface OpenApiDocument extends JsonObject {
  openapi: string;
  paths?: Record<string, JsonObject>;
  components?: Record<string, unknown>;
}

/** `#/a/b~1c` for the segments `a`, `b/c`: the URI-fragment form the gate reports. */
export function toPointer(segments: readonly (string | number)[]): string {
  return `#${pointerOf(...segments)}`;
}

/** Follows `$ref`s from `node` (found at `pointer`) to the object they name; siblings of a `$ref` are ignored. */
export function resolve(
  document: OpenApiDocument,
  node: unknown,
  pointer: string,
): { node: unknown; pointer: string } {
  if (!isObject(node) || typeof node.$ref !== "string") return { node, pointer };
  const first = refPointer(node.$ref);
  if (atPointer(document, first) === undefined) {
    throw new Error(`Unresolved $ref ${node.$ref} at ${pointer}`);
  }
  const target = resolvePointer(document, first);
  return { node: atPointer(document, target), pointer: `#${target}` };
}
