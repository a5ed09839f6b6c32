import type { OpenApiDocument } from "./vendor-spec.js";

/** How a vendor reports a rejected request, read off the spec's own validation error schema. */
export type ErrorFormat = "fastapi" | "twilio" | "problem";

/** One broken rule, as Prism's validator reports it. */
export interface Violation {
  /** Where: `["body", "Routing", "status"]`, `["path", "campaign_id"]`, `["query", "append"]`. */
  location: (string | number)[];
  /** The rule (JSON Schema keyword or Prism code): `required`, `enum`, `pattern`, ... */
  rule: string;
  message: string;
}

/**
 * FastAPI specs declare `{"detail": [{"loc", "msg", "type"}]}` for 422; Twilio's declares its
 * `{code, message, more_info, status}` body. Anything else gets Prism's problem+json.
 */
export function errorFormatOf(document: OpenApiDocument): ErrorFormat {
  const schemas = Object.values(document.components?.schemas ?? {}) as SchemaLike[];
  if (schemas.some((schema) => schema.properties?.detail?.type === "array")) return "fastapi";
  if (
    schemas.some((schema) =>
      ["code", "message", "more_info"].every((key) => key in (schema.properties ?? {})),
    )
  ) {
    return "twilio";
  }
  return "problem";
}

interface SchemaLike {
  properties?: Record<string, { type?: unknown }>;
}

/** The body of a rejected request in the vendor's own error shape, naming each field and rule. */
export function validationErrorBody(
  format: ErrorFormat,
  status: number,
  violations: Violation[],
): unknown {
  switch (format) {
    case "fastapi":
      return {
        detail: violations.map(({ location, rule, message }) => ({
          loc: location,
          msg: message,
          type: PYDANTIC_TYPES[rule] ?? rule,
        })),
      };
    case "twilio":
      return {
        code: 20001,
        message: violations
          .map(({ location, message }) => `Invalid parameter ${fieldName(location)}: ${message}`)
          .join("; "),
        more_info: "https://www.twilio.com/docs/errors/20001",
        status,
      };
    case "problem":
      return {
        type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
        title: "Invalid request",
        status,
        detail: violations
          .map(({ location, message }) => `${location.join(".")}: ${message}`)
          .join("; "),
        validation: violations,
      };
  }
}

/** The body of a request the gateway refuses before validation (unknown route, injected fault). */
export function plainErrorBody(format: ErrorFormat, status: number, reason: string): unknown {
  switch (format) {
    case "fastapi":
      return { detail: reason };
    case "twilio":
      return {
        code: TWILIO_CODES[status] ?? 20500,
        message: reason,
        more_info: `https://www.twilio.com/docs/errors/${TWILIO_CODES[status] ?? 20500}`,
        status,
      };
    case "problem":
      return { type: "about:blank", title: reason, status, detail: reason };
  }
}

function fieldName(location: Violation["location"]): string {
  return location.length > 1 ? location.slice(1).join(".") : String(location[0]);
}

// Twilio's error codes for the statuses the gateway produces on its own.
const TWILIO_CODES: Record<number, number> = { 404: 20404, 405: 20004, 413: 20001, 429: 20429 };

// The `type` pydantic v2 reports for the JSON Schema keyword that failed.
const PYDANTIC_TYPES: Record<string, string> = {
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
