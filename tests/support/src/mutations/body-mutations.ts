/**
 * Body mutations: every constraint the walker meets in a request schema becomes one mutation
 * that breaks exactly that constraint: `required` (drop the field), `enum`/`const` (a
 * non-member), `type` (a value of a type the schema does not allow), `pattern`,
 * `minLength`/`maxLength`, `format`, `minimum`/`maximum`, `minItems`/`maxItems`,
 * `additionalProperties: false` (an unknown key), a typed `additionalProperties` schema (an
 * unknown key of the wrong type) and `if`/`then` (make the `if` hold, drop what `then` requires).
 */
import { isObject, type JsonObject } from "@switchboard/client-runtime/spec";

import type { Operation, RequestMedia } from "../spec/operations.js";
import { deref } from "../spec/schemas.js";
import { jsonType, typesOf, wrongTypeValue } from "./breaking-values.js";
import { leafMutations } from "./leaf-mutations.js";
import { mutationName, UNKNOWN_KEY, type BodyMutation, type Segment } from "./types.js";
import { removeValueAt as remove, setValueAt as set } from "./values-at.js";
import { add, typeExpressible, type Walk } from "./walk.js";

export function isObjectSchema(schema: JsonObject): boolean {
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

  if (isObjectSchema(schema)) objectMutations(walk, schema, target, [...containers, schema]);

  if (schema.items !== undefined && typeof schema.items === "object") {
    walkSchema(walk, schema.items, [...target, 0], [...containers, schema], true);
  }
}

function objectMutations(walk: Walk, schema: JsonObject, target: Segment[], inside: JsonObject[]) {
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
      const describe = `an unknown key holding a ${jsonType(value)}, not ${types.join("|")}`;
      add(walk, unknown, inside, "type", describe, (b) => set(b, unknown, value));
    }
  }
  ifThenMutations(walk, schema, target, inside);
  for (const [name, property] of Object.entries(properties)) {
    walkSchema(walk, property, [...target, name], inside, true);
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
