/**
 * Applying a body mutation to a documented request example: the largest example that already
 * reaches the field's parent, else the largest with the missing parents filled in from the
 * schemas' own examples.
 */
import type { JsonObject } from "@switchboard/client-runtime/spec";

import { isObjectSchema } from "./body-mutations.js";
import type { BodyMutation } from "./types.js";
import { setValueAt, valueAt } from "./values-at.js";

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
    if (!isContainer(valueAt(body, path))) {
      setValueAt(body, path, exampleOf(mutation.containers[depth]!));
    }
  }
  return body;
}

function reaches(example: unknown, mutation: BodyMutation): boolean {
  const parent = valueAt(example, mutation.target.slice(0, -1));
  if (!isContainer(parent)) return false;
  return mutation.rule === "required" ? valueAt(example, mutation.target) !== undefined : true;
}

/** The mutated body and the name of the example it was made from. */
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
