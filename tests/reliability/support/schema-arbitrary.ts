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
 * The tests check every generated value against the strict Ajv of `@switchboard/spec-validation`
 * as well, so a gap here fails loudly either way.
 */
import fc from "fast-check";
import { isObject, type JsonObject } from "@switchboard/spec-validation";
import { deref } from "@switchboard/contract-tests/support/spec";

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

/** Most items of a generated array and extra keys of an open object: small values, fast runs. */
const MAX_ITEMS = 3;
const MAX_EXTRA_KEYS = 3;

const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  uuid: () => fc.uuid(),
  "date-time": () =>
    fc
      .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z") })
      .map((date) => date.toISOString()),
  date: () =>
    fc
      .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z") })
      .map((date) => date.toISOString().slice(0, 10)),
  email: () => fc.emailAddress(),
  uri: () => fc.webUrl(),
};

/** Formats that only annotate: any string of the right length is valid. */
const ANNOTATION_FORMATS = new Set(["password"]);

export class UnsupportedSchemaError extends Error {
  override readonly name = "UnsupportedSchemaError";
}

function codePoints(text: string): number {
  return [...text].length;
}

function checkKeywords(schema: JsonObject, where: string): void {
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

function stringArbitrary(schema: JsonObject, where: string): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const fits = (text: string) => {
    const length = codePoints(text);
    return length >= minLength && (maxLength === undefined || length <= maxLength);
  };
  const format = typeof schema.format === "string" ? schema.format : undefined;
  if (typeof schema.pattern === "string") {
    if (format !== undefined && !ANNOTATION_FORMATS.has(format)) {
      throw new UnsupportedSchemaError(`${where}: pattern together with format "${format}"`);
    }
    return fc.stringMatching(new RegExp(schema.pattern, "u")).filter(fits);
  }
  if (format !== undefined && !ANNOTATION_FORMATS.has(format)) {
    const build = FORMATS[format];
    if (!build) throw new UnsupportedSchemaError(`${where}: format "${format}" is not supported`);
    return build().filter(fits);
  }
  // One code point per unit, so the length fast-check counts is the length JSON Schema counts.
  const anyLength = fc.string({
    unit: "binary",
    minLength,
    ...(maxLength === undefined ? {} : { maxLength }),
  });
  // Limits are where counting goes wrong (code points or UTF-16 units): try them exactly.
  const limits = [...new Set([minLength, maxLength ?? minLength])].map((length) => ({
    weight: 1,
    arbitrary: fc.string({ unit: "binary", minLength: length, maxLength: length }),
  }));
  return fc.oneof({ weight: 3, arbitrary: anyLength }, ...limits);
}

function numberArbitrary(
  schema: JsonObject,
  type: "integer" | "number",
  where: string,
): fc.Arbitrary<number> {
  const bound = (keyword: string) =>
    typeof schema[keyword] === "number" ? (schema[keyword] as number) : undefined;
  const minimum = bound("minimum");
  const maximum = bound("maximum");
  const exclusiveMinimum = bound("exclusiveMinimum");
  const exclusiveMaximum = bound("exclusiveMaximum");
  if (type === "integer") {
    const min = Math.max(
      minimum === undefined ? Number.MIN_SAFE_INTEGER : Math.ceil(minimum),
      exclusiveMinimum === undefined ? Number.MIN_SAFE_INTEGER : Math.floor(exclusiveMinimum) + 1,
    );
    const max = Math.min(
      maximum === undefined ? Number.MAX_SAFE_INTEGER : Math.floor(maximum),
      exclusiveMaximum === undefined ? Number.MAX_SAFE_INTEGER : Math.ceil(exclusiveMaximum) - 1,
    );
    if (min > max) throw new UnsupportedSchemaError(`${where}: no integer in range`);
    // Small values most of the time, the whole safe range some of the time.
    const small = fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) });
    return min <= 1000 && max >= -1000
      ? fc.oneof(small, fc.integer({ min, max }))
      : fc.integer({ min, max });
  }
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(minimum === undefined ? {} : { min: minimum }),
    ...(maximum === undefined ? {} : { max: maximum }),
    ...(exclusiveMinimum === undefined ? {} : { min: exclusiveMinimum, minExcluded: true }),
    ...(exclusiveMaximum === undefined ? {} : { max: exclusiveMaximum, maxExcluded: true }),
  });
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
