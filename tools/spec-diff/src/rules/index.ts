import { fieldRemoved } from "./field-removed.js";
import { fieldTypeChanged } from "./field-type-changed.js";
import { newlyRequiredRequestField } from "./newly-required-request-field.js";
import { requestEnumNarrowed } from "./request-enum-narrowed.js";
import type { Rule } from "./rule.js";

export type { Rule } from "./rule.js";

/** The focused rules run on top of openapi-diff, by name. */
export const RULES: Readonly<Record<string, Rule>> = {
  "field-removed": fieldRemoved,
  "newly-required-request-field": newlyRequiredRequestField,
  "request-enum-narrowed": requestEnumNarrowed,
  "field-type-changed": fieldTypeChanged,
};
