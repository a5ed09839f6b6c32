import { breakingChange } from "../change.js";
import { fieldPairs } from "../field-pairs.js";
import type { Rule } from "./rule.js";

/**
 * A request property, parameter or request body that callers may leave out in the base and must
 * send in the head: optional made required, or added as required. openapi-diff sees this only in
 * `application/json` request bodies. (A newly required response property breaks no caller.)
 */
export const newlyRequiredRequestField: Rule = (base, head) =>
  fieldPairs(base, head)
    .filter((pair) => pair.direction === "request" && pair.head?.required && !pair.base?.required)
    .map((pair) =>
      breakingChange(
        "newly-required-request-field",
        pair,
        pair.base ? "optional in the base, required now" : "added as required",
      ),
    );
