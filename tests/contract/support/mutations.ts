/**
 * Constraint violations derived by walking an operation's request schema and parameter schemas.
 *
 * Every constraint the walker meets becomes one mutation that breaks exactly that constraint:
 * `required` (drop the field), `enum`/`const` (a non-member), `type` (a value of a type the
 * schema does not allow), `pattern`, `minLength`/`maxLength`, `format`, `minimum`/`maximum`,
 * `minItems`/`maxItems`, `additionalProperties: false` (an unknown key), a typed
 * `additionalProperties` schema (an unknown key of the wrong type) and `if`/`then` (make the
 * `if` hold, drop what `then` requires). Path and query parameters get the same treatment from
 * their own schemas. Nothing here names a vendor or a field: a new constraint is a new case.
 *
 * A mutation is applied to a copy of a documented request example (the first, largest first,
 * that reaches the field's parent; missing parents are filled from the schema's own `examples`).
 * Whether the result breaks only that constraint is checked by the tests with Ajv (see
 * {@link localRejection}) before the gateway is asked.
 */
import {
  errorSummary,
  isObject,
  pointerOf,
  validatorAt,
  type JsonObject,
  type ValidateFunction,
} from "@switchboard/spec-validation";

import { deref, type Operation, type Parameter, type RequestMedia } from "./spec.js";

export type Segment = string | number;

/** A key no request schema defines. */
export const UNKNOWN_KEY = "contract_unknown_field";

export interface BodyMutation {
  kind: "body";
  media: RequestMedia;
  /** The JSON Schema keyword the mutation breaks (`if/then` for a conditional requirement). */
  rule: string;
  /** Where the offending value is (for a dropped or unknown field: that field). */
  target: Segment[];
  /** What is done, for the case name: `drop the required field`, `not in enum`, ... */
  describe: string;
  /** The schemas of the containers on the way to `target` (root first), to fill missing parents. */
  containers: JsonObject[];
  /** Edits a (materialized) copy of the base body in place, or returns a whole new body. */
  edit(body: JsonObject): unknown;
}

export interface ParameterMutation {
  kind: "parameter";
  parameter: Parameter;
  rule: string;
  describe: string;
  /** The raw value sent (path segment or query value). */
  value: string;
}

export type Mutation = BodyMutation | ParameterMutation;

export function mutationName(mutation: Mutation): string {
  if (mutation.kind === "parameter") {
    return `${mutation.parameter.in}.${mutation.parameter.name}: ${mutation.rule} (${mutation.describe})`;
  }
  const where = ["body", ...mutation.target].join(".");
  return `${where}: ${mutation.rule} (${mutation.describe})`;
}

/** The error location a vendor reports for the mutation: `["body", ...]`, `["path", name]`. */
export function mutationLocation(mutation: Mutation): Segment[] {
  return mutation.kind === "parameter"
    ? [mutation.parameter.in, mutation.parameter.name]
    : ["body", ...mutation.target];
}

// ---------------------------------------------------------------------------------------------
// Values that break one rule

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typesOf(vendor: string, schema: JsonObject): string[] | undefined {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  const branches = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (!Array.isArray(branches)) return undefined;
  const types = new Set<string>();
  for (const branch of branches) {
    const branchTypes = typesOf(vendor, deref(vendor, branch));
    if (!branchTypes) return undefined;
    branchTypes.forEach((type) => types.add(type));
  }
  return [...types];
}

function admitsType(types: string[], value: unknown): boolean {
  const type = jsonType(value);
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

const WRONG_TYPE_CANDIDATES: unknown[] = [
  "contract-wrong-type",
  12345,
  true,
  ["contract-wrong-type"],
  { contract: "wrong-type" },
];

function wrongTypeValue(types: string[]): unknown {
  return WRONG_TYPE_CANDIDATES.find((candidate) => !admitsType(types, candidate));
}

const INVALID_FORMAT: Record<string, string> = {
  uuid: "not-a-uuid",
  "date-time": "not-a-date-time",
  date: "not-a-date",
  time: "not-a-time",
  email: "not-an-email",
  uri: "not a uri",
  "uri-reference": "\\\\not a uri reference",
  hostname: "not a hostname!",
  ipv4: "999.999.999.999",
  ipv6: "not-an-ipv6",
};

/** A string of valid length that does not match `pattern`, made from `current` when possible. */
export function breakPattern(pattern: string, current: unknown, schema: JsonObject): string {
  const regex = new RegExp(pattern, "u");
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  const base = typeof current === "string" && current.length > 0 ? current : "";
  const candidates: string[] = [];
  for (const replacement of ["Z", "!", "~", "0", " "]) {
    if (base) candidates.push(replacement + base.slice(1), base.slice(0, -1) + replacement);
    candidates.push(replacement.repeat(Math.max(min, 1)));
  }
  const found = candidates.find(
    (candidate) => !regex.test(candidate) && candidate.length >= min && candidate.length <= max,
  );
  if (found === undefined) throw new Error(`cannot build a string that breaks /${pattern}/`);
  return found;
}

/** A string one code point longer than `maxLength` (JSON Schema counts code points, not UTF-16 units). */
function lengthen(current: unknown, maxLength: number): string {
  const base = typeof current === "string" ? [...current] : [];
  const filler = base[base.length - 1] ?? "a";
  const text = base.join("");
  return base.length > maxLength ? text : text + filler.repeat(maxLength + 1 - base.length);
}

// ---------------------------------------------------------------------------------------------
// Walking a request schema

function get(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function set(root: unknown, path: readonly Segment[], value: unknown): void {
  const parent = get(root, path.slice(0, -1));
  if (!isObject(parent) && !Array.isArray(parent)) {
    throw new Error(`no container at /${path.slice(0, -1).join("/")}`);
  }
  (parent as Record<string, unknown>)[path[path.length - 1]!] = value;
}

function remove(root: unknown, path: readonly Segment[]): void {
  const parent = get(root, path.slice(0, -1));
  if (isObject(parent)) delete parent[String(path[path.length - 1])];
}

interface Walk {
  vendor: string;
  media: RequestMedia;
  mutations: BodyMutation[];
}

function add(
  walk: Walk,
  target: Segment[],
  containers: JsonObject[],
  rule: string,
  describe: string,
  edit: (body: JsonObject) => unknown,
): void {
  walk.mutations.push({
    kind: "body",
    media: walk.media,
    rule,
    target,
    describe,
    containers,
    edit,
  });
}

/** A form field that is not JSON-encoded is always a string on the wire: its type cannot be broken. */
function typeExpressible(walk: Walk, target: Segment[]): boolean {
  if (!/x-www-form-urlencoded/i.test(walk.media.mediaType)) return true;
  if (target.length === 0) return false;
  const encoding = walk.media.encoding[String(target[0])];
  return target.length > 1 || (encoding !== undefined && /json/i.test(encoding));
}

function leafMutations(
  walk: Walk,
  schema: JsonObject,
  target: Segment[],
  containers: JsonObject[],
) {
  const types = typesOf(walk.vendor, schema);
  const sameType = (candidates: unknown[]) =>
    candidates.find((candidate) => !types || admitsType(types, candidate));

  if (Array.isArray(schema.enum)) {
    const members = schema.enum;
    const value = sameType(
      ["contract-not-a-member", 987654321, false].filter((item) => !members.includes(item)),
    );
    if (value !== undefined) {
      add(walk, target, containers, "enum", `not one of ${members.map(String).join("|")}`, (b) =>
        set(b, target, value),
      );
    }
  }
  if ("const" in schema) {
    const value = sameType(
      ["contract-not-the-const", 987654321, false].filter((item) => item !== schema.const),
    );
    add(walk, target, containers, "const", `not ${JSON.stringify(schema.const)}`, (b) =>
      set(b, target, value),
    );
  }
  if (typeof schema.pattern === "string") {
    const pattern = schema.pattern;
    add(walk, target, containers, "pattern", `does not match /${pattern}/`, (b) =>
      set(b, target, breakPattern(pattern, get(b, target), schema)),
    );
  }
  if (typeof schema.maxLength === "number") {
    const max = schema.maxLength;
    add(walk, target, containers, "maxLength", `${max + 1} characters`, (b) =>
      set(b, target, lengthen(get(b, target), max)),
    );
  }
  if (typeof schema.minLength === "number" && schema.minLength > 0) {
    const min = schema.minLength;
    add(walk, target, containers, "minLength", `${min - 1} characters`, (b) => {
      const current = get(b, target);
      set(b, target, (typeof current === "string" ? current : "a".repeat(min)).slice(0, min - 1));
    });
  }
  if (typeof schema.format === "string" && INVALID_FORMAT[schema.format] !== undefined) {
    const value = INVALID_FORMAT[schema.format]!;
    add(walk, target, containers, "format", `not a ${schema.format}: "${value}"`, (b) =>
      set(b, target, value),
    );
  }
  for (const [keyword, offset] of [
    ["minimum", -1],
    ["maximum", 1],
    ["exclusiveMinimum", 0],
    ["exclusiveMaximum", 0],
  ] as const) {
    const limit = schema[keyword];
    if (typeof limit === "number") {
      add(walk, target, containers, keyword, `${limit + offset}`, (b) =>
        set(b, target, limit + offset),
      );
    }
  }
  if (typeof schema.maxItems === "number") {
    const max = schema.maxItems;
    add(walk, target, containers, "maxItems", `${max + 1} items`, (b) => {
      const current = get(b, target);
      const item = Array.isArray(current) && current.length > 0 ? current[0] : null;
      set(
        b,
        target,
        Array.from({ length: max + 1 }, () => structuredClone(item)),
      );
    });
  }
  if (typeof schema.minItems === "number" && schema.minItems > 0) {
    const min = schema.minItems;
    add(walk, target, containers, "minItems", `${min - 1} items`, (b) => {
      const current = get(b, target);
      set(b, target, (Array.isArray(current) ? current : []).slice(0, min - 1));
    });
  }
}

function isObjectSchema(schema: JsonObject): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes("object") || isObject(schema.properties);
}

function walkSchema(
  walk: Walk,
  node: unknown,
  target: Segment[],
  containers: JsonObject[],
  withType: boolean,
): void {
  const schema = deref(walk.vendor, node);

  if (withType && typeExpressible(walk, target)) {
    const types = typesOf(walk.vendor, schema);
    const value = types ? wrongTypeValue(types) : undefined;
    if (types && value !== undefined) {
      add(
        walk,
        target,
        containers,
        "type",
        `${jsonType(value)} instead of ${types.join("|")}`,
        (b) => (target.length === 0 ? value : set(b, target, value)),
      );
    }
  }
  leafMutations(walk, schema, target, containers);

  for (const keyword of ["anyOf", "oneOf", "allOf"] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) {
      for (const branch of branches) walkSchema(walk, branch, target, containers, false);
    }
  }

  if (isObjectSchema(schema)) {
    const inside = [...containers, schema];
    const properties = (isObject(schema.properties) ? schema.properties : {}) as JsonObject;
    for (const name of (schema.required ?? []) as string[]) {
      add(walk, [...target, name], inside, "required", "drop the required field", (b) =>
        remove(b, [...target, name]),
      );
    }
    const unknown = [...target, UNKNOWN_KEY];
    if (schema.additionalProperties === false) {
      add(walk, unknown, inside, "additionalProperties", "an unknown key", (b) =>
        set(b, unknown, "contract"),
      );
    } else if (isObject(schema.additionalProperties)) {
      const types = typesOf(walk.vendor, deref(walk.vendor, schema.additionalProperties));
      const value = types ? wrongTypeValue(types) : undefined;
      if (types && value !== undefined && typeExpressible(walk, unknown)) {
        add(
          walk,
          unknown,
          inside,
          "type",
          `an unknown key holding a ${jsonType(value)}, not ${types.join("|")}`,
          (b) => set(b, unknown, value),
        );
      }
    }
    ifThenMutations(walk, schema, target, inside);
    for (const [name, property] of Object.entries(properties)) {
      walkSchema(walk, property, [...target, name], inside, true);
    }
  }

  if (schema.items !== undefined && typeof schema.items === "object") {
    walkSchema(walk, schema.items, [...target, 0], [...containers, schema], true);
  }
}

/** `if: {properties: {P: {const: v}}, required: [P]}`, `then: {required: [R]}` → set P = v, drop R. */
function ifThenMutations(walk: Walk, schema: JsonObject, target: Segment[], inside: JsonObject[]) {
  if (!isObject(schema.if) || !isObject(schema.then)) return;
  const condition = deref(walk.vendor, schema.if);
  const consequence = deref(walk.vendor, schema.then);
  const conditions: [string, unknown][] = [];
  for (const [name, property] of Object.entries((condition.properties ?? {}) as JsonObject)) {
    const resolved = deref(walk.vendor, property);
    if ("const" in resolved) conditions.push([name, resolved.const]);
    else if (Array.isArray(resolved.enum) && resolved.enum.length === 1) {
      conditions.push([name, resolved.enum[0]]);
    } else return; // a condition this walker cannot make true
  }
  if (conditions.length === 0) return;
  const when = conditions.map(([name, value]) => `${name}=${JSON.stringify(value)}`).join(", ");
  for (const name of (consequence.required ?? []) as string[]) {
    add(walk, [...target, name], inside, "if/then", `${name} dropped while ${when}`, (b) => {
      for (const [field, value] of conditions) set(b, [...target, field], value);
      remove(b, [...target, name]);
    });
  }
}

/** Every body mutation of one request media type (deduplicated by name). */
export function bodyMutations(operation: Operation, media: RequestMedia): BodyMutation[] {
  const walk: Walk = { vendor: operation.vendor, media, mutations: [] };
  walkSchema(walk, { $ref: `#${media.schemaPointer}` }, [], [], true);
  const seen = new Set<string>();
  return walk.mutations.filter((mutation) => {
    const name = mutationName(mutation);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Parameters

/** Every mutation of the operation's path and query parameters, from their schemas. */
export function parameterMutations(operation: Operation): ParameterMutation[] {
  const mutations: ParameterMutation[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const schema = deref(operation.vendor, { $ref: `#${parameter.schemaPointer}` });
    const example = parameter.example === undefined ? undefined : String(parameter.example);
    const push = (rule: string, describe: string, value: string) =>
      mutations.push({ kind: "parameter", parameter, rule, describe, value });
    const types = typesOf(operation.vendor, schema);
    // A path segment or query value is text: only a non-string type can be broken.
    if (types && !types.includes("string")) {
      const value = types.includes("boolean") ? "contract-not-a-boolean" : "contract-not-a-number";
      push("type", `"${value}" for ${types.join("|")}`, value);
    }
    if (Array.isArray(schema.enum)) push("enum", "not a member", "contract-not-a-member");
    if (typeof schema.pattern === "string") {
      const value = breakPattern(schema.pattern, example, schema);
      push("pattern", `"${value}" does not match /${schema.pattern}/`, value);
    }
    if (typeof schema.maxLength === "number") {
      push("maxLength", `${schema.maxLength + 1} characters`, lengthen(example, schema.maxLength));
    }
    if (typeof schema.minLength === "number" && schema.minLength > 0) {
      const value = (example ?? "a".repeat(schema.minLength)).slice(0, schema.minLength - 1);
      if (value.length > 0 || parameter.in === "query") {
        push("minLength", `${schema.minLength - 1} characters`, value);
      }
    }
    if (typeof schema.format === "string" && INVALID_FORMAT[schema.format] !== undefined) {
      push("format", `not a ${schema.format}`, INVALID_FORMAT[schema.format]!);
    }
    for (const [keyword, offset] of [
      ["minimum", -1],
      ["maximum", 1],
    ] as const) {
      const limit = schema[keyword];
      if (typeof limit === "number") push(keyword, `${limit + offset}`, String(limit + offset));
    }
  }
  return mutations;
}

// ---------------------------------------------------------------------------------------------
// Applying body mutations

function exampleOf(schema: JsonObject): unknown {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) {
    return structuredClone(schema.examples[0]);
  }
  if ("example" in schema) return structuredClone(schema.example);
  return isObjectSchema(schema) ? {} : [];
}

function isContainer(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/** A copy of `base` in which every container on the way to the mutation's target exists. */
function materialize(base: unknown, mutation: BodyMutation): JsonObject {
  const body = structuredClone(base) as JsonObject;
  for (let depth = 1; depth < mutation.target.length; depth += 1) {
    const path = mutation.target.slice(0, depth);
    if (!isContainer(get(body, path))) set(body, path, exampleOf(mutation.containers[depth]!));
  }
  return body;
}

function reaches(example: unknown, mutation: BodyMutation): boolean {
  const parent = get(example, mutation.target.slice(0, -1));
  if (!isContainer(parent)) return false;
  return mutation.rule === "required" ? get(example, mutation.target) !== undefined : true;
}

/**
 * The mutated body and the example it was made from: the largest documented example that
 * already reaches the field's parent, else the largest one with the parents filled in from the
 * schemas' own examples.
 */
export function mutatedBody(mutation: BodyMutation): { example: string; body: unknown } {
  const examples = [...mutation.media.examples].sort(
    (a, b) => JSON.stringify(b.value).length - JSON.stringify(a.value).length,
  );
  if (examples.length === 0) throw new Error("the request body has no documented example");
  const chosen = examples.find((example) => reaches(example.value, mutation)) ?? examples[0]!;
  const body = materialize(chosen.value, mutation);
  const replaced = mutation.edit(body);
  return { example: chosen.name, body: replaced === undefined ? body : replaced };
}

// ---------------------------------------------------------------------------------------------
// The local oracle

function isAtOrAbove(errorPath: string, targetPath: string): boolean {
  return errorPath === targetPath || targetPath.startsWith(`${errorPath}/`);
}

/**
 * Why Ajv rejects `value` (against `validate`), or a reason the mutation is not "one constraint
 * broken at the target": the value is accepted, or fails somewhere else too.
 */
export function localRejection(
  validate: ValidateFunction,
  value: unknown,
  target: readonly Segment[],
): { ok: true } | { ok: false; reason: string } {
  if (validate(value)) return { ok: false, reason: "Ajv accepts the mutated value" };
  const targetPath = pointerOf(...target);
  const parentPath = pointerOf(...target.slice(0, -1));
  const field = String(target[target.length - 1]);
  const errors = validate.errors ?? [];
  const elsewhere = errors.filter((error) => !isAtOrAbove(error.instancePath, targetPath));
  if (elsewhere.length > 0) {
    return {
      ok: false,
      reason: `also fails elsewhere: ${JSON.stringify(errorSummary(elsewhere))}`,
    };
  }
  const named = errors.some(
    (error) =>
      error.instancePath === targetPath ||
      (error.instancePath === parentPath &&
        (error.params.missingProperty === field || error.params.additionalProperty === field)),
  );
  return named
    ? { ok: true }
    : { ok: false, reason: `no error at ${targetPath}: ${JSON.stringify(errorSummary(errors))}` };
}

/** The value a parameter schema sees: numbers and booleans parsed as a server would. */
export function deserializeParameter(vendor: string, parameter: Parameter, raw: string): unknown {
  const types = typesOf(vendor, deref(vendor, { $ref: `#${parameter.schemaPointer}` })) ?? [];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw)) {
    return Number(raw);
  }
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

export function parameterValidator(vendor: string, parameter: Parameter): ValidateFunction {
  return validatorAt(vendor, parameter.schemaPointer);
}
