import { isObject, type JsonObject, type OpenApiDocument } from "./openapi.js";

/**
 * openapi-diff 0.24 validates its input with swagger-parser 10, which rejects `openapi: 3.1.x` and
 * validates against the OpenAPI 3.0 schema. This rewrites a 3.1 document into the 3.0.3 document
 * with the same meaning for what openapi-diff compares (paths, methods, request and response
 * bodies, response headers):
 *
 * - `type: [T, "null"]` becomes `type: T, nullable: true`; several non-null types become an `anyOf`;
 * - `{ type: "null" }` branches of `anyOf` / `oneOf` are dropped and the parent made `nullable`;
 * - `const` becomes a one-value `enum`; numeric `exclusiveMinimum` / `exclusiveMaximum` become
 *   `minimum` / `maximum` with the 3.0 boolean;
 * - keywords 3.0 does not have (`examples`, `$defs`, `prefixItems`, ...) and an empty `required`
 *   are dropped, as are `webhooks`, `jsonSchemaDialect`, `info.summary`, `license.identifier` and
 *   `components.pathItems`.
 *
 * openapi-diff's schema differ (json-schema-diff) ignores `nullable` and `enum`; the focused rules
 * (src/rules) read the original 3.1 documents and cover those.
 */
export function toOpenApi30(document: OpenApiDocument): OpenApiDocument {
  const converted = convertNonSchema(document) as OpenApiDocument;
  converted.openapi = "3.0.3";
  converted.paths ??= {};
  delete converted.webhooks;
  delete converted.jsonSchemaDialect;
  delete converted.$schema;
  const info = converted.info;
  if (isObject(info)) {
    delete info.summary;
    if (isObject(info.license)) delete info.license.identifier;
  }
  if (isObject(converted.components)) delete converted.components.pathItems;
  return converted;
}

/** The Schema Object keywords of OpenAPI 3.0 (its JSON schema rejects any other but `x-`). */
const SCHEMA_30_KEYWORDS = new Set([
  "$ref",
  "title",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "required",
  "enum",
  "type",
  "not",
  "allOf",
  "oneOf",
  "anyOf",
  "items",
  "properties",
  "additionalProperties",
  "description",
  "format",
  "default",
  "nullable",
  "discriminator",
  "readOnly",
  "writeOnly",
  "example",
  "externalDocs",
  "deprecated",
  "xml",
]);

/** Keywords that only annotate: a `$ref` with no others beside it keeps its 3.0 meaning alone. */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "default",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
]);

/** Walks the non-schema part of the document, converting every `schema` and `components.schemas`. */
function convertNonSchema(node: unknown, key?: string, parentKey?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => convertNonSchema(item));
  if (!isObject(node)) return node;
  if (parentKey === "components" && key === "examples") return node;
  const out: JsonObject = {};
  for (const [childKey, value] of Object.entries(node)) {
    if (parentKey === "components") {
      // A named component: its name may be any word, `schema` and `example` included.
      out[childKey] = key === "schemas" ? convertSchema(value) : convertNonSchema(value);
    } else if (childKey === "example" || childKey === "examples") {
      // Example values are data, not schemas: copied as they are.
      out[childKey] = value;
    } else if (childKey === "schema") {
      out[childKey] = convertSchema(value);
    } else {
      out[childKey] = convertNonSchema(value, childKey, key);
    }
  }
  return out;
}

const isNullOnly = (schema: unknown): boolean =>
  isObject(schema) &&
  (schema.type === "null" ||
    (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === "null"));

/** One JSON Schema 2020-12 schema (as OpenAPI 3.1 uses it) as an OpenAPI 3.0 Schema Object. */
export function convertSchema(schema: unknown): unknown {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  if (!isObject(schema)) return schema;

  if (typeof schema.$ref === "string") {
    const constraints = Object.keys(schema).filter(
      (key) => key !== "$ref" && !ANNOTATIONS.has(key) && !key.startsWith("x-"),
    );
    if (constraints.length === 0) return { $ref: schema.$ref };
    // 3.1 applies a $ref's siblings too; 3.0 ignores them, so spell that out.
    const { $ref, ...siblings } = schema;
    return { allOf: [{ $ref }, convertSchema(siblings)] };
  }

  const out: JsonObject = {};
  let nullable = schema.nullable === true;
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-")) out[key] = value;
    else if (key === "properties" && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, convertSchema(property)]),
      );
    } else if (key === "items" || key === "not" || key === "additionalProperties") {
      out[key] =
        typeof value === "boolean" && key === "additionalProperties" ? value : convertSchema(value);
    } else if ((key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      const branches = value.filter((branch) => !isNullOnly(branch));
      if (branches.length < value.length) nullable = true;
      // One branch left (3.1's nullable `$ref`) is that schema: an `allOf` of one, which
      // json-schema-diff merges, where every `anyOf` multiplies the cases it compares.
      if (branches.length === 1) {
        out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), convertSchema(branches[0])];
      } else out[key] = branches.length > 0 ? branches.map(convertSchema) : [{ not: {} }];
    } else if (key === "allOf" && Array.isArray(value)) {
      out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), ...value.map(convertSchema)];
    } else if (key === "const") {
      out.enum = [value];
    } else if (key === "exclusiveMinimum" || key === "exclusiveMaximum") {
      if (typeof value === "number") {
        out[key === "exclusiveMinimum" ? "minimum" : "maximum"] = value;
        out[key] = true;
      } else out[key] = value;
    } else if (key === "required") {
      if (Array.isArray(value) && value.length > 0) out.required = value;
    } else if (key === "type") {
      const types = Array.isArray(value) ? value : [value];
      const nonNull = types.filter((type) => type !== "null");
      if (nonNull.length < types.length) nullable = true;
      if (nonNull.length === 1) out.type = nonNull[0];
      else if (nonNull.length > 1) {
        const anyOf = nonNull.map((type) => ({ type }));
        if (Array.isArray(out.anyOf) || Array.isArray(schema.anyOf)) {
          out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), { anyOf }];
        } else out.anyOf = anyOf;
      } else if (types.length > 0) {
        // `type: "null"` alone: only null, which 3.0 can only say as "nothing, but nullable".
        out.not = {};
      }
    } else if (SCHEMA_30_KEYWORDS.has(key)) {
      out[key] = value;
    }
    // Any other keyword (examples, $defs, prefixItems, if/then/else, ...) has no 3.0 spelling.
  }
  if (nullable) out.nullable = true;
  return out;
}
