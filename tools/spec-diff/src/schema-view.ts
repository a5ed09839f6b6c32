import { escapePointerToken } from "@switchboard/client-runtime/spec";
import { isObject, resolve, type OpenApiDocument } from "./openapi.js";

/** A schema and where it is: the pointer leads a reader to it in the document. */
export interface SchemaAt {
  schema: unknown;
  pointer: string;
}

/**
 * What the rules need to know about one schema, with `$ref`, `allOf`, `anyOf` and `oneOf` folded
 * in: `anyOf: [{ $ref: Status }, { type: "null" }]` reads as Status's properties, types and values
 * plus null.
 */
export interface SchemaView {
  pointer: string;
  /** The JSON types a value may have; undefined: any. */
  types: ReadonlySet<string> | undefined;
  /** `enum` / `const`: the only values allowed; undefined: any value of those types. */
  values: readonly unknown[] | undefined;
  properties: ReadonlyMap<string, SchemaAt>;
  required: ReadonlySet<string>;
  items: SchemaAt | undefined;
}

const ANY: Omit<SchemaView, "pointer"> = {
  types: undefined,
  values: undefined,
  properties: new Map(),
  required: new Set(),
  items: undefined,
};

/** Reads `schema` (found at `pointer`) into a view. */
export function viewSchema(
  document: OpenApiDocument,
  schema: unknown,
  pointer: string,
  visiting: ReadonlySet<string> = new Set(),
): SchemaView {
  if (isObject(schema) && typeof schema.$ref === "string" && Object.keys(schema).length === 1) {
    const target = resolve(document, schema, pointer);
    schema = target.node;
    pointer = target.pointer;
  }
  if (schema === false) return { ...ANY, pointer, types: new Set() };
  if (!isObject(schema) || visiting.has(pointer)) return { ...ANY, pointer };
  const inner = new Set([...visiting, pointer]);

  const parts: SchemaView[] = [ownKeywords(schema, pointer)];
  if (typeof schema.$ref === "string") {
    const target = resolve(document, { $ref: schema.$ref }, `${pointer}/$ref`);
    parts.push(viewSchema(document, target.node, target.pointer, inner));
  }
  const branches = (key: string): SchemaView[] =>
    Array.isArray(schema[key])
      ? schema[key].map((branch, index) =>
          viewSchema(document, branch, `${pointer}/${key}/${index}`, inner),
        )
      : [];
  parts.push(...branches("allOf"));
  for (const key of ["anyOf", "oneOf"]) {
    const alternatives = branches(key);
    if (alternatives.length > 0) parts.push(anyOfViews(alternatives, pointer));
  }
  return parts.reduce((all, part) => allOfViews(all, part));
}

function ownKeywords(schema: Record<string, unknown>, pointer: string): SchemaView {
  let types: Set<string> | undefined;
  if (typeof schema.type === "string") types = new Set([schema.type]);
  else if (Array.isArray(schema.type)) types = new Set(schema.type.map(String));
  if (types && schema.nullable === true) types.add("null");

  let values: unknown[] | undefined = Array.isArray(schema.enum) ? [...schema.enum] : undefined;
  if ("const" in schema) {
    values = values ? values.filter((value) => sameValue(value, schema.const)) : [schema.const];
  }

  const properties = new Map<string, SchemaAt>();
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      properties.set(name, {
        schema: property,
        pointer: `${pointer}/properties/${escapePointerToken(name)}`,
      });
    }
  }
  const required = new Set(
    Array.isArray(schema.required)
      ? schema.required.filter((name) => typeof name === "string")
      : [],
  );
  const items =
    schema.items !== undefined && !Array.isArray(schema.items)
      ? { schema: schema.items, pointer: `${pointer}/items` }
      : undefined;
  return { pointer, types, values, properties, required, items };
}

/** Both must hold (allOf, or a `$ref` with siblings). */
function allOfViews(a: SchemaView, b: SchemaView): SchemaView {
  return {
    pointer: a.pointer,
    types: a.types && b.types ? intersectTypes(a.types, b.types) : (a.types ?? b.types),
    values:
      a.values && b.values
        ? a.values.filter((value) => b.values?.some((other) => sameValue(value, other)))
        : (a.values ?? b.values),
    properties: new Map([...b.properties, ...a.properties]),
    required: new Set([...a.required, ...b.required]),
    items: a.items ?? b.items,
  };
}

/** The types both allow: `integer` where one says `number` and the other `integer`. */
function intersectTypes(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([
    ...[...a].filter((type) => acceptsType(b, type)),
    ...[...b].filter((type) => type === "integer" && a.has("number")),
  ]);
}

/** One of them holds (anyOf / oneOf). */
function anyOfViews(alternatives: readonly SchemaView[], pointer: string): SchemaView {
  // Any alternative without a type (or values) makes the whole any type (or value).
  const types = unionOrAny(alternatives.map((view) => view.types));
  // A `{ type: "null" }` alternative allows exactly one value, null.
  const values = unionOrAny(
    alternatives.map(
      (view) =>
        view.values ?? (view.types?.size === 1 && view.types.has("null") ? [null] : undefined),
    ),
  );
  // A property is required only if every object alternative requires it.
  const objects = alternatives.filter((view) => !view.types || view.types.has("object"));
  const [first, ...others] = objects;
  const required = new Set(
    [...(first?.required ?? [])].filter((name) => others.every((view) => view.required.has(name))),
  );
  const properties = new Map<string, SchemaAt>();
  for (const view of [...alternatives].reverse()) {
    for (const [name, property] of view.properties) properties.set(name, property);
  }
  return {
    pointer,
    types: types && new Set(types),
    values,
    properties,
    required,
    items: alternatives.find((view) => view.items)?.items,
  };
}

function unionOrAny<T>(lists: readonly (Iterable<T> | undefined)[]): T[] | undefined {
  const all: T[] = [];
  for (const list of lists) {
    if (!list) return undefined;
    all.push(...list);
  }
  return all;
}

/** Whether a value of JSON type `type` is one of `types` (every integer is a number). */
export function acceptsType(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
