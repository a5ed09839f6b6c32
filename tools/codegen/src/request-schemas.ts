import { HTTP_METHODS, type OpenApiDocument } from "./openapi-document.js";
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

type JsonObject = Record<string, unknown>;

interface RawParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

/**
 * One JSON Schema per operation for the whole request as a client gives it:
 * `{ path: {...}, query: {...}, header: {...}, body }`. A validator compiled from it reports
 * problems at JSON Pointers such as `/path/InteractionSid` or `/body/Routing/status`.
 * Component `$ref`s point into the shared {@link COMPONENTS_SCHEMA_ID} schema.
 */
export function requestSchemas(document: OpenApiDocument): Record<string, JsonObject> {
  const schemas: Record<string, JsonObject> = {};
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const [method, value] of Object.entries(pathItem)) {
      if (!HTTP_METHODS.has(method)) continue;
      const operation = value as JsonObject;
      const operationId = operation.operationId as string;
      const parameters = effectiveParameters(document, pathItem.parameters, operation.parameters);
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
      const requestBody = resolve(document, operation.requestBody) as
        { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
      const content = Object.values(requestBody?.content ?? {})[0];
      if (content !== undefined) {
        properties.body = content.schema ?? {};
        if (requestBody?.required) required.push("body");
      }
      schemas[operationId] = toValidationSchema({
        $id: operationId,
        type: "object",
        properties,
        ...(required.length > 0 ? { required } : {}),
        additionalProperties: false,
      }) as JsonObject;
    }
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

/** Path-item parameters overridden by the operation's own (same name and location). */
function effectiveParameters(document: OpenApiDocument, ...lists: unknown[]): RawParameter[] {
  const byKey = new Map<string, RawParameter>();
  for (const list of lists) {
    for (const item of (list ?? []) as unknown[]) {
      const parameter = resolve(document, item) as RawParameter;
      byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

/** Follows a local `$ref` (bundled documents have no others). */
function resolve(document: OpenApiDocument, node: unknown): unknown {
  let current = node;
  while (isObject(current) && typeof current.$ref === "string") {
    const ref: string = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((parent, key) => (isObject(parent) ? parent[key] : undefined), document);
    if (current === undefined) throw new Error(`Unresolved $ref ${ref}`);
  }
  return current;
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

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
