/** A parsed OpenAPI document or any object inside one; the gate reads only what it needs. */
export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  paths?: Record<string, JsonObject>;
  components?: Record<string, unknown>;
}

/** The path item keys that hold operations: codegen's one list. */
export { HTTP_METHODS } from "@switchboard/codegen";

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One JSON pointer segment (RFC 6901): `b/c` is `b~1c`. */
export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `#/a/b~1c` for the segments `a`, `b/c`. */
export function toPointer(segments: readonly (string | number)[]): string {
  return `#${segments.map((segment) => `/${escapeSegment(segment)}`).join("")}`;
}

export function fromPointer(pointer: string): string[] {
  if (pointer === "#" || pointer === "#/") return [];
  if (!pointer.startsWith("#/")) throw new Error(`Not a local JSON pointer: ${pointer}`);
  return pointer
    .slice(2)
    .split("/")
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The value at a local JSON pointer, or undefined. */
export function getAtPointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Follows `$ref`s from `node` (found at `pointer`) to the object they name; siblings of a `$ref` are ignored. */
export function resolve(
  document: OpenApiDocument,
  node: unknown,
  pointer: string,
): { node: unknown; pointer: string } {
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === "string") {
    const ref = node.$ref;
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref} at ${pointer}`);
    seen.add(ref);
    const target = getAtPointer(document, ref);
    if (target === undefined) throw new Error(`Unresolved $ref ${ref} at ${pointer}`);
    node = target;
    pointer = ref;
  }
  return { node, pointer };
}
