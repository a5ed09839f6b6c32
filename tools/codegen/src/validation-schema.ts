import { isObject, resolveNode, type JsonObject } from "@switchboard/client-runtime/spec";
import type { OpenApiDocument } from "./openapi-document.js";

/** The `$id` of the schema that holds a document's `components.schemas` as `$defs`. */
export const COMPONENTS_SCHEMA_ID = "components";

/** JSON Schema keywords that only annotate: validation ignores them, so validators drop them. */
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "externalDocs",
  "xml",
  "discriminator",
  "$comment",
  "deprecated",
]);

/** Keywords whose value maps names to schemas: the names there are data, never keywords. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

export interface ValidationSchemaOptions {
  /**
   * The document of a response schema. A server never returns a `writeOnly` property, so a
   * response need not hold one its schema requires; `$ref`s are followed in this document to
   * tell. Only a `required` beside the `properties` that declare the name is relaxed.
   */
  readonly responseOf?: OpenApiDocument;
}

/** `components.schemas` as one schema of `$defs`, the target of every component `$ref`. */
export function componentsSchema(
  document: OpenApiDocument,
  options: ValidationSchemaOptions = {},
): JsonObject {
  return toValidationSchema(
    { $id: COMPONENTS_SCHEMA_ID, $defs: document.components?.schemas ?? {} },
    options,
  ) as JsonObject;
}

/** A copy without annotations and `x-` extensions, with component refs into the shared schema. */
export function toValidationSchema(
  schema: unknown,
  { responseOf }: ValidationSchemaOptions = {},
): unknown {
  const copyOf = (node: unknown, keysAreNames = false): unknown => {
    if (Array.isArray(node)) return node.map((item) => copyOf(item));
    if (!isObject(node)) return node;
    const copy: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (keysAreNames) {
        copy[key] = copyOf(value);
      } else if (key === "enum" || key === "const" || key === "default") {
        copy[key] = value;
      } else if (ANNOTATIONS.has(key) || key.startsWith("x-")) {
        continue;
      } else if (key === "$ref" && typeof value === "string") {
        copy[key] = value.replace(/^#\/components\/schemas\//, `${COMPONENTS_SCHEMA_ID}#/$defs/`);
      } else if (key === "required" && responseOf !== undefined && Array.isArray(value)) {
        const properties = isObject(node.properties) ? node.properties : {};
        const kept = value.filter((name) => !isWriteOnly(responseOf, properties[String(name)]));
        if (kept.length > 0) copy[key] = kept;
      } else {
        copy[key] = copyOf(value, SCHEMA_MAPS.has(key));
      }
    }
    return copy;
  };
  return copyOf(schema);
}

function isWriteOnly(document: OpenApiDocument, schema: unknown): boolean {
  if (schema === undefined) return false;
  const resolved = resolveNode(document, schema);
  return isObject(resolved) && resolved.writeOnly === true;
}
