import { breakingChange } from "../change.js";
import { fieldPairs } from "../field-pairs.js";
import type { Rule } from "./rule.js";

/**
 * A field the base has and the head lacks: a request property (callers still send it; a closed
 * object now rejects it, and the typed client no longer has it), a parameter, a request body or
 * one of its media types, a response property or response media type (callers still read it).
 * openapi-diff sees removals only inside `application/json` bodies, and inside requests only when
 * the object is closed; parameters it does not compare.
 */
export const fieldRemoved: Rule = (base, head) =>
  fieldPairs(base, head)
    .filter((pair) => pair.base && !pair.head)
    .map((pair) => breakingChange("field-removed", pair, `removed from the ${pair.direction}`));
