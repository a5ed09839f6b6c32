/**
 * A fast-check arbitrary of values VALID against a JSON Schema of a bundled spec, built from the
 * schema alone: no vendor, field or operation is named here.
 *
 * Supported: `$ref` (local), `type` (one or several), `enum`, `const`, `pattern` (through
 * `fc.stringMatching`), `format` (uuid, date-time, date, email, uri, and `password`, which only
 * annotates), `minLength`/`maxLength` (in code points, as JSON Schema counts), `minimum`/
 * `maximum` and their exclusive forms, `items`/`minItems`/`maxItems`, objects with `properties`,
 * `required` and `additionalProperties` (absent, true, false or a schema), `anyOf`/`oneOf`, and
 * `if`/`then` whose `if` tests properties against a `const` (or one-member `enum`). Annotations
 * (`description`, `examples`, `default`, `readOnly`, `x-...`) are ignored. Any other keyword
 * throws: a generator that silently ignored a constraint would produce invalid "valid" values.
 * The tests check every generated value against the strict Ajv of `@switchboard/test-support`
 * as well, so a gap here fails loudly either way.
 */
import fc from "fast-check";
import { isObject, type JsonObject } from "@switchboard/client-runtime/spec";
import { deref } from "@switchboard/test-support";

import { numberArbitrary, stringArbitrary } from "./scalar-arbitraries.js";
import { checkKeywords, UnsupportedSchemaError } from "./schema-keywords.js";

export { UnsupportedSchemaError };

/** Most items of a generated array and extra keys of an open object: small values, fast runs. */
const MAX_ITEMS = 3;
const MAX_EXTRA_KEYS = 3;

interface Walk {
  vendor: string;
  /** `$ref`s on the way here, to refuse a cycle instead of recursing forever. */
  refs: string[];
}

/** Values valid against the schema `node` (a schema object or `$ref`) of the vendor's spec. */
export function schemaArbitrary(vendor: string, node: unknown, where = "#"): fc.Arbitrary<unknown> {
  return arbitraryOf({ vendor, refs: [] }, node, where);
}

function arbitraryOf(walk: Walk, node: unknown, where: string): fc.Arbitrary<unknown> {
  if (node === true) return fc.jsonValue({ maxDepth: 2 });
  if (isObject(node) && typeof node.$ref === "string") {
    if (walk.refs.includes(node.$ref)) {
      throw new UnsupportedSchemaError(`${where}: recursive $ref ${node.$ref}`);
    }
    const inner = { ...walk, refs: [...walk.refs, node.$ref] };
    const target = deref(walk.vendor, { $ref: node.$ref });
    return arbitraryOf(inner, target, node.$ref);
  }
  if (!isObject(node)) throw new UnsupportedSchemaError(`${where}: not a schema object`);
  const schema = node;
  checkKeywords(schema, where);

  if ("const" in schema) return fc.constant(structuredClone(schema.const));
  if (Array.isArray(schema.enum)) {
    if (schema.enum.length === 0) throw new UnsupportedSchemaError(`${where}: empty enum`);
    return fc.constantFrom(...schema.enum.map((member) => structuredClone(member) as unknown));
  }
  const branches = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(branches)) {
    return fc.oneof(
      ...branches.map((branch, index) => arbitraryOf(walk, branch, `${where}/anyOf/${index}`)),
    );
  }
  const types = typesOf(schema, where);
  return fc.oneof(...types.map((type) => arbitraryOfType(walk, schema, type, where)));
}

function typesOf(schema: JsonObject, where: string): string[] {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type) && schema.type.length > 0) return schema.type.map(String);
  if (isObject(schema.properties)) return ["object"];
  throw new UnsupportedSchemaError(`${where}: no type (an unconstrained schema is not supported)`);
}

function arbitraryOfType(
  walk: Walk,
  schema: JsonObject,
  type: string,
  where: string,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "string":
      return stringArbitrary(schema, where);
    case "integer":
    case "number":
      return numberArbitrary(schema, type, where);
    case "array":
      return arrayArbitrary(walk, schema, where);
    case "object":
      return objectArbitrary(walk, schema, where);
    default:
      throw new UnsupportedSchemaError(`${where}: type "${type}" is not supported`);
  }
}

function arrayArbitrary(walk: Walk, schema: JsonObject, where: string): fc.Arbitrary<unknown[]> {
  const minLength = typeof schema.minItems === "number" ? schema.minItems : 0;
  const maxLength = Math.max(
    minLength,
    Math.min(typeof schema.maxItems === "number" ? schema.maxItems : MAX_ITEMS, MAX_ITEMS),
  );
  const items =
    schema.items === undefined
      ? fc.jsonValue({ maxDepth: 1 })
      : arbitraryOf(walk, schema.items, `${where}/items`);
  return fc.array(items, { minLength, maxLength });
}

function objectArbitrary(
  walk: Walk,
  schema: JsonObject,
  where: string,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = (isObject(schema.properties) ? schema.properties : {}) as JsonObject;
  const required = (Array.isArray(schema.required) ? schema.required : []) as string[];
  for (const name of required) {
    if (!(name in properties)) {
      throw new UnsupportedSchemaError(`${where}: required "${name}" has no property schema`);
    }
  }
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [
      name,
      arbitraryOf(walk, property, `${where}/properties/${name}`),
    ]),
  );
  const known = fc.record(model, { requiredKeys: required });
  const extra = extraProperties(walk, schema, Object.keys(properties), where);
  const object = fc
    .tuple(extra, known)
    .map(([extraValues, values]) => ({ ...extraValues, ...values }) as Record<string, unknown>);
  return schema.if === undefined ? object : withConditional(walk, schema, model, object, where);
}

/** Keys outside `properties`, as `additionalProperties` allows them (absent means anything). */
function extraProperties(
  walk: Walk,
  schema: JsonObject,
  names: string[],
  where: string,
): fc.Arbitrary<Record<string, unknown>> {
  const additional = schema.additionalProperties;
  if (additional === false) return fc.constant({});
  const value =
    additional === undefined || additional === true
      ? fc.jsonValue({ maxDepth: 2 })
      : arbitraryOf(walk, additional, `${where}/additionalProperties`);
  const key = fc.string({ unit: "binary", maxLength: 12 }).filter((name) => !names.includes(name));
  return fc.dictionary(key, value, { maxKeys: MAX_EXTRA_KEYS, noNullPrototype: true });
}

/**
 * `if: {properties: {P: {const: v}}, required: [...]}` / `then: {required: [...]}`: where the
 * generated object makes the `if` hold, the `then`'s required properties are generated too.
 */
function withConditional(
  walk: Walk,
  schema: JsonObject,
  model: Record<string, fc.Arbitrary<unknown>>,
  object: fc.Arbitrary<Record<string, unknown>>,
  where: string,
): fc.Arbitrary<Record<string, unknown>> {
  const condition = deref(walk.vendor, schema.if);
  const consequence = deref(walk.vendor, schema.then ?? {});
  for (const keyword of Object.keys(condition)) {
    if (!["properties", "required"].includes(keyword)) {
      throw new UnsupportedSchemaError(`${where}/if: keyword "${keyword}" is not supported`);
    }
  }
  for (const keyword of Object.keys(consequence)) {
    if (!["properties", "required"].includes(keyword)) {
      throw new UnsupportedSchemaError(`${where}/then: keyword "${keyword}" is not supported`);
    }
  }
  const tests = Object.entries((condition.properties ?? {}) as JsonObject).map(([name, node]) => {
    const property = deref(walk.vendor, node);
    const members =
      "const" in property
        ? [property.const]
        : Array.isArray(property.enum) && property.enum.length === 1
          ? property.enum
          : undefined;
    if (!members) throw new UnsupportedSchemaError(`${where}/if: only const conditions`);
    return { name, members };
  });
  const conditionRequired = (condition.required ?? []) as string[];
  const holds = (value: Record<string, unknown>) =>
    conditionRequired.every((name) => name in value) &&
    tests.every(
      ({ name, members }) => !(name in value) || members.some((member) => member === value[name]),
    );
  const thenRequired = (consequence.required ?? []) as string[];
  return object.chain((value) => {
    const missing = thenRequired.filter((name) => !(name in value));
    if (!holds(value) || missing.length === 0) return fc.constant(value);
    const fill = Object.fromEntries(
      missing.map((name) => {
        const arbitrary = model[name];
        if (!arbitrary) throw new UnsupportedSchemaError(`${where}/then: "${name}" unknown`);
        return [name, arbitrary];
      }),
    );
    return fc.record(fill).map((extra) => ({ ...value, ...extra }));
  });
}
