import { isObject } from "../json.js";
import { pointerOf } from "../json-pointer.js";
import { listedViolations } from "./listed-violations.js";
import type { ErrorIssue, ErrorReader, ErrorReading, ErrorWriter, Violation } from "./types.js";

// The `type` pydantic v2 reports for the JSON Schema keyword that failed.
const PYDANTIC_TYPES: Readonly<Record<string, string>> = {
  required: "missing",
  enum: "enum",
  const: "literal_error",
  pattern: "string_pattern_mismatch",
  maxLength: "string_too_long",
  minLength: "string_too_short",
  maximum: "less_than_equal",
  minimum: "greater_than_equal",
  additionalProperties: "extra_forbidden",
  format: "value_error",
  type: "type_error",
  malformed: "json_invalid",
  media_type: "unsupported_media_type",
};

/** FastAPI (pydantic): `{ detail: string }`, or `{ detail: [{ loc, msg, type }] }` for validation. */
export const fastApiReader: ErrorReader = { name: "fastapi", matches, read };

/** FastAPI bodies as a spec declares them and as the mock writes them. */
export const fastApiWriter: ErrorWriter = {
  describes: (schema) => isObject(schema.properties) && isArraySchema(schema.properties.detail),
  validationBody: (_status, violations) => {
    const { listed, omitted } = listedViolations(violations);
    const detail = listed.map(detailItem);
    // Pydantic has no such item; this one counts the rest in the shape of the others.
    if (omitted > 0) {
      detail.push({ loc: [], msg: `${omitted} more errors not listed`, type: "too_many_errors" });
    }
    return { detail };
  },
  plainBody: (_status, reason) => ({ detail: reason }),
};

function detailItem({ location, rule, message }: Violation) {
  return {
    loc: location,
    msg: message,
    type: Object.hasOwn(PYDANTIC_TYPES, rule) ? PYDANTIC_TYPES[rule] : rule,
  };
}

function matches(body: unknown): boolean {
  return isObject(body) && "detail" in body;
}

function read({ detail }: Readonly<Record<string, unknown>>): ErrorReading {
  if (typeof detail === "string") return { message: detail, issues: [] };
  if (isObject(detail)) {
    const message = typeof detail.message === "string" ? detail.message : JSON.stringify(detail);
    return { message, issues: [] };
  }
  if (!Array.isArray(detail)) return { message: JSON.stringify(detail) ?? "", issues: [] };
  const issues = detail.filter(isObject).map((item): ErrorIssue => ({
    path: Array.isArray(item.loc) ? pointerOf(...item.loc.map(String)) : "",
    message: String(item.msg ?? ""),
    ...(typeof item.type === "string" ? { rule: item.type } : {}),
  }));
  const message = issues.map(({ path, message }) => `${path || "/"} ${message}`).join("; ");
  return { message: message || "Validation failed", issues };
}

function isArraySchema(schema: unknown): boolean {
  return isObject(schema) && schema.type === "array";
}
