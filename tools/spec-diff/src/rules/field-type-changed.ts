import { breakingChange } from "../change.js";
import { fieldPairs } from "../field-pairs.js";
import { acceptsType } from "../schema-view.js";
import type { Rule } from "./rule.js";

/**
 * A field whose JSON type changed so that existing callers break: a request field that no longer
 * accepts a type it did (`integer` to `string`, `[string, "null"]` to `string`), or a response field
 * that may hold a type it could not (`string` to `[string, "null"]`). Widening a request type or
 * narrowing a response type breaks no caller. openapi-diff sees type changes inside
 * `application/json` bodies only, and none involving null (3.1's `type: [T, "null"]`).
 */
export const fieldTypeChanged: Rule = (base, head) =>
  fieldPairs(base, head).flatMap((pair) => {
    const before = pair.base?.view?.types;
    const after = pair.head?.view?.types;
    if (!pair.base?.view || !pair.head?.view) return [];
    // The direction decides which side must accept every type of the other.
    const [from, to] = pair.direction === "request" ? [before, after] : [after, before];
    if (!to) return []; // The accepting side takes any type.
    const lost = from ? [...from].filter((type) => !acceptsType(to, type)) : ["any type"];
    if (lost.length === 0) return [];
    return [
      breakingChange(
        "field-type-changed",
        pair,
        `type ${describe(before)} changed to ${describe(after)}`,
        pair.head.view.pointer,
      ),
    ];
  });

const describe = (types: ReadonlySet<string> | undefined) =>
  types ? [...types].sort().join(" | ") || "none" : "any";
