import { isObject, refPointer, atPointer } from "@switchboard/client-runtime/spec";

/** A schema still to be read, with the `$ref`s followed to reach it (to stop at a cycle). */
export interface SchemaNode {
  readonly schema: unknown;
  readonly refs: ReadonlySet<string>;
}

export const CONSTRAINTS = [
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "format",
] as const;

export type Constraint = (typeof CONSTRAINTS)[number];

/**
 * What the comparison needs of one schema, `$ref`s followed and `allOf` merged. Null is kept
 * apart from the types, so OpenAPI 3.0's `nullable: true`, 3.1's `type: [x, "null"]` and an
 * `anyOf` with a `{ type: "null" }` branch all read as `nullable: true`.
 */
export interface SchemaView {
  /** The JSON types allowed besides null; undefined: any. */
  readonly types: ReadonlySet<string> | undefined;
  readonly nullable: boolean;
  /** The values allowed besides null (`enum`, `const`); undefined: any. */
  readonly values: readonly unknown[] | undefined;
  readonly properties: ReadonlyMap<string, SchemaNode>;
  readonly required: ReadonlySet<string>;
  readonly items: SchemaNode | undefined;
  readonly constraints: Readonly<Partial<Record<Constraint, unknown>>>;
  /** A `$ref` back into a schema being read: not read again. */
  readonly cycle: boolean;
}

const EMPTY: SchemaView = {
  types: undefined,
  nullable: false,
  values: undefined,
  properties: new Map(),
  required: new Set(),
  items: undefined,
  constraints: {},
  cycle: false,
};

/** Reads a schema (and what its `$ref`, `allOf`, `anyOf` and `oneOf` bring) into a view. */
export function viewSchema(document: unknown, { schema, refs }: SchemaNode): SchemaView {
  if (!isObject(schema)) return EMPTY;
  let seen = refs;
  const parts: SchemaView[] = [];
  if (typeof schema.$ref === "string") {
    if (refs.has(schema.$ref)) return { ...EMPTY, cycle: true };
    seen = new Set([...refs, schema.$ref]);
    const target = atPointer(document, refPointer(schema.$ref));
    if (target === undefined) throw new Error(`Unresolved $ref ${schema.$ref}`);
    parts.push(viewSchema(document, { schema: target, refs: seen }));
  }
  parts.unshift(ownKeywords(schema, seen));
  const branches = (key: string): SchemaView[] =>
    Array.isArray(schema[key])
      ? schema[key].map((branch: unknown) => viewSchema(document, { schema: branch, refs: seen }))
      : [];
  parts.push(...branches("allOf"));
  for (const key of ["anyOf", "oneOf"]) {
    const alternatives = branches(key);
    if (alternatives.length > 0) parts.push(eitherOf(alternatives));
  }
  return parts.reduce(bothOf);
}

function ownKeywords(schema: Record<string, unknown>, refs: ReadonlySet<string>): SchemaView {
  const declared = typeof schema.type === "string" ? [schema.type] : schema.type;
  const typeList = Array.isArray(declared) ? declared.map(String) : undefined;
  let values = Array.isArray(schema.enum) ? [...schema.enum] : undefined;
  if ("const" in schema) values = [schema.const];
  const properties = new Map<string, SchemaNode>();
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      properties.set(name, { schema: property, refs });
    }
  }
  const constraints: Partial<Record<Constraint, unknown>> = {};
  for (const key of CONSTRAINTS) if (schema[key] !== undefined) constraints[key] = schema[key];
  return {
    types: typeList && new Set(typeList.filter((type) => type !== "null")),
    nullable:
      schema.nullable === true ||
      (typeList?.includes("null") ?? false) ||
      (values?.includes(null) ?? false),
    values: values?.filter((value) => value !== null),
    properties,
    required: new Set(
      Array.isArray(schema.required)
        ? schema.required.filter((name) => typeof name === "string")
        : [],
    ),
    items: isObject(schema.items) ? { schema: schema.items, refs } : undefined,
    constraints,
    cycle: false,
  };
}

/** Both hold (`allOf`, a `$ref` with siblings). The first to set a constraint wins. */
function bothOf(a: SchemaView, b: SchemaView): SchemaView {
  return {
    types: a.types && b.types ? commonTypes(a.types, b.types) : (a.types ?? b.types),
    // 3.0 writes `allOf: [$ref], nullable: true` to make a referenced schema nullable.
    nullable: a.nullable || b.nullable,
    values:
      a.values && b.values
        ? a.values.filter((value) => b.values?.some((other) => sameValue(value, other)))
        : (a.values ?? b.values),
    properties: new Map([...b.properties, ...a.properties]),
    required: new Set([...a.required, ...b.required]),
    items: a.items ?? b.items,
    constraints: { ...b.constraints, ...a.constraints },
    cycle: a.cycle || b.cycle,
  };
}

/** One of them holds (`anyOf`, `oneOf`); a null-only branch only makes the whole nullable. */
function eitherOf(alternatives: readonly SchemaView[]): SchemaView {
  const isNull = (view: SchemaView) =>
    view.nullable && (view.types?.size === 0 || view.values?.length === 0);
  const nullable = alternatives.some((view) => view.nullable);
  const others = alternatives.filter((view) => !isNull(view));
  const [only] = others;
  if (others.length === 1 && only) return { ...only, nullable };
  const union = <T>(lists: readonly (Iterable<T> | undefined)[]): T[] | undefined =>
    lists.every((list) => list !== undefined) ? lists.flatMap((list) => [...list]) : undefined;
  const types = union(others.map((view) => view.types));
  const [first, ...rest] = others;
  return {
    ...EMPTY,
    types: types && new Set(types),
    nullable,
    values: union(others.map((view) => view.values)),
    properties: new Map(others.toReversed().flatMap((view) => [...view.properties])),
    // Required only where every branch requires it.
    required: new Set(
      [...(first?.required ?? [])].filter((name) => rest.every((view) => view.required.has(name))),
    ),
    cycle: others.some((view) => view.cycle),
  };
}

function commonTypes(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const accepts = (types: ReadonlySet<string>, type: string) =>
    types.has(type) || (type === "integer" && types.has("number"));
  return new Set([
    ...[...a].filter((type) => accepts(b, type)),
    ...[...b].filter((type) => type === "integer" && a.has("number")),
  ]);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
