import { breakingChange } from "../change.js";
import { fieldPairs } from "../field-pairs.js";
import { sameValue } from "../schema-view.js";
import type { Rule } from "./rule.js";

/**
 * A request field (property or parameter) that accepts fewer values: an `enum` / `const` value
 * dropped, or an `enum` put on a field that took any value. openapi-diff's schema differ ignores
 * `enum` entirely. Fewer values in a response breaks no caller, so responses are not checked.
 */
export const requestEnumNarrowed: Rule = (base, head) =>
  fieldPairs(base, head).flatMap((pair) => {
    const before = pair.base?.view?.values;
    const after = pair.head?.view?.values;
    if (pair.direction !== "request" || !pair.base?.view || !after) return [];
    if (!before) {
      return [breakingChange(RULE, pair, `now only ${list(after)}`, pair.head?.view?.pointer)];
    }
    // null dropped with "null" from the types is a type change: field-type-changed reports it.
    const types = pair.head?.view?.types;
    const dropped = before.filter(
      (value) =>
        !after.some((other) => sameValue(value, other)) &&
        !(value === null && types && !types.has("null")),
    );
    return dropped.length > 0
      ? [breakingChange(RULE, pair, `no longer accepts ${list(dropped)}`, pair.head?.view?.pointer)]
      : [];
  });

const RULE = "request-enum-narrowed";

const list = (values: readonly unknown[]) =>
  values.map((value) => JSON.stringify(value)).join(", ");
