import {
  effectiveParameters,
  isObject,
  resolveNode,
  specOperations,
  type JsonObject,
} from "@switchboard/client-runtime/spec";
import type { OpenApiDocument } from "./openapi-document.js";
const PARAMETER_LOCATIONS = ["path", "query", "header"] as const;

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

/**
 * One JSON Schema per operation for the whole request as a client gives it:
 * `{ path: {...}, query: {...}, header: {...}, body }`. A validator compiled from it reports
 * problems at JSON Pointers such as `/path/InteractionSid` or `/body/Routing/status`.
 * Component `$ref`s point into the shared {@link COMPONENTS_SCHEMA_ID} schema.
 */
export function requestSchemas(document: OpenApiDocument): Record<string, JsonObject> {
  const schemas: Record<string, JsonObject> = {};
  for (const operation of specOperations(document)) {
    const parameters = effectiveParameters(document, operation).map(({ parameter }) => parameter);
    const properties: JsonObject = {};
    const required: string[] = [];
    for (const location of PARAMETER_LOCATIONS) {
      const group = parameters.filter((parameter) => parameter.in === location);
      if (group.length === 0) continue;
      const groupRequired = group.filter((p) => p.required).map((p) => p.name);
      properties[location] = {
        type: "object",
        properties: Object.fromEntries(group.map((p) => [p.name, p.schema ?? {}])),
        ...(groupRequired.length > 0 ? { required: groupRequired } : {}),
        additionalProperties: false,
      };
      if (groupRequired.length > 0) required.push(location);
    }
    const requestBody = resolveNode(document, operation.operation.requestBody) as
      { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
    const content = Object.values(requestBody?.content ?? {})[0];
    if (content !== undefined) {
      properties.body = content.schema ?? {};
      if (requestBody?.required) required.push("body");
    }
    schemas[operation.operationId] = toValidationSchema({
      $id: operation.operationId,
      type: "object",
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    }) as JsonObject;
  }
  return schemas;
}

/** `components.schemas` as one schema of `$defs`, the target of every component `$ref`. */
export function componentsSchema(document: OpenApiDocument): JsonObject {
  return toValidationSchema({
    $id: COMPONENTS_SCHEMA_ID,
    $defs: document.components?.schemas ?? {},
  }) as JsonObject;
}

/** A copy without annotations and `x-` extensions, with component refs into the shared schema. */
function toValidationSchema(schema: unknown, keysAreNames = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toValidationSchema(item));
  if (!isObject(schema)) return schema;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (keysAreNames) {
      copy[key] = toValidationSchema(value);
    } else if (key === "enum" || key === "const" || key === "default") {
      copy[key] = value;
    } else if (ANNOTATIONS.has(key) || key.startsWith("x-")) {
      continue;
    } else if (key === "$ref" && typeof value === "string") {
      copy[key] = value.replace(/^#\/components\/schemas\//, `${COMPONENTS_SCHEMA_ID}#/$defs/`);
    } else {
      copy[key] = toValidationSchema(value, SCHEMA_MAPS.has(key));
    }
  }
  return copy;
}
