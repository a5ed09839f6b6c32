/**
 * The JSON Schema keywords the generator understands, and the error it throws for any other:
 * a generator that silently ignored a constraint would produce invalid "valid" values.
 */
import type { JsonObject } from "@switchboard/client-runtime/spec";

const ANNOTATIONS = new Set([
  "$comment",
  "title",
  "description",
  "examples",
  "example",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
]);

const SUPPORTED = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "pattern",
  "format",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "items",
  "minItems",
  "maxItems",
  "properties",
  "required",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "if",
  "then",
]);

export class UnsupportedSchemaError extends Error {
  override readonly name = "UnsupportedSchemaError";
}

export function checkKeywords(schema: JsonObject, where: string): void {
  for (const keyword of Object.keys(schema)) {
    if (keyword.startsWith("x-") || ANNOTATIONS.has(keyword) || SUPPORTED.has(keyword)) continue;
    throw new UnsupportedSchemaError(`${where}: keyword "${keyword}" is not supported`);
  }
  const nonAnnotating = Object.keys(schema).filter(
    (key) => !ANNOTATIONS.has(key) && !key.startsWith("x-"),
  );
  if ((schema.anyOf ?? schema.oneOf) !== undefined && nonAnnotating.length > 1) {
    throw new UnsupportedSchemaError(`${where}: anyOf/oneOf beside other keywords`);
  }
  if (schema.then !== undefined && schema.if === undefined) {
    throw new UnsupportedSchemaError(`${where}: "then" without "if"`);
  }
}
