import { describe, expect, test } from "vitest";
import {
  errorFormatOf,
  plainErrorBody,
  validationErrorBody,
  type ErrorFormat,
  type Violation,
} from "../src/error-body.js";
import type { OpenApiDocument } from "../src/vendor-spec.js";

function documentWith(schemas?: Record<string, unknown>): OpenApiDocument {
  return {
    info: { title: "Tiny", version: "1" },
    paths: {},
    ...(schemas === undefined ? {} : { components: { schemas } }),
  };
}

const fastapiError = {
  type: "object",
  properties: { detail: { type: "array", items: { $ref: "#/components/schemas/VE" } } },
};
const twilioError = {
  type: "object",
  properties: {
    code: { type: "integer" },
    message: { type: "string" },
    more_info: { type: "string" },
    status: { type: "integer" },
  },
};

describe("errorFormatOf", () => {
  test.each<{ name: string; document: OpenApiDocument; format: ErrorFormat }>([
    {
      name: "a detail array (FastAPI HTTPValidationError)",
      document: documentWith({ Thing: { type: "object" }, HTTPValidationError: fastapiError }),
      format: "fastapi",
    },
    {
      name: "code, message and more_info (Twilio)",
      document: documentWith({ TwilioError: twilioError }),
      format: "twilio",
    },
    {
      name: "Twilio's keys without status",
      document: documentWith({
        E: { properties: { code: {}, message: {}, more_info: {} } },
      }),
      format: "twilio",
    },
    {
      name: "detail array wins over Twilio keys",
      document: documentWith({ A: twilioError, B: fastapiError }),
      format: "fastapi",
    },
    {
      name: "a string detail (problem+json)",
      document: documentWith({ Problem: { properties: { detail: { type: "string" } } } }),
      format: "problem",
    },
    {
      name: "code and message without more_info",
      document: documentWith({ E: { properties: { code: {}, message: {} } } }),
      format: "problem",
    },
    { name: "no schemas", document: documentWith({}), format: "problem" },
    { name: "no components", document: documentWith(), format: "problem" },
  ])("$name: $format", ({ document, format }) => {
    expect(errorFormatOf(document)).toBe(format);
  });
});

const violations: Violation[] = [
  {
    location: ["body", "Routing", "status"],
    rule: "enum",
    message: "must be equal to one of the allowed values",
  },
  {
    location: ["body", "Status"],
    rule: "required",
    message: "must have required property 'Status'",
  },
  { location: ["path", "campaign_id"], rule: "type", message: "must be integer" },
  { location: ["query", "items", 0], rule: "x-custom", message: "is odd" },
];

describe("validationErrorBody", () => {
  test("fastapi: one detail entry per violation with loc, msg and pydantic type", () => {
    expect(validationErrorBody("fastapi", 422, violations)).toStrictEqual({
      detail: [
        {
          loc: ["body", "Routing", "status"],
          msg: "must be equal to one of the allowed values",
          type: "enum",
        },
        { loc: ["body", "Status"], msg: "must have required property 'Status'", type: "missing" },
        { loc: ["path", "campaign_id"], msg: "must be integer", type: "type_error" },
        { loc: ["query", "items", 0], msg: "is odd", type: "x-custom" },
      ],
    });
  });

  test.each([
    { rule: "required", type: "missing" },
    { rule: "enum", type: "enum" },
    { rule: "const", type: "literal_error" },
    { rule: "pattern", type: "string_pattern_mismatch" },
    { rule: "maxLength", type: "string_too_long" },
    { rule: "minLength", type: "string_too_short" },
    { rule: "maximum", type: "less_than_equal" },
    { rule: "minimum", type: "greater_than_equal" },
    { rule: "additionalProperties", type: "extra_forbidden" },
    { rule: "format", type: "value_error" },
    { rule: "type", type: "type_error" },
    { rule: "malformed", type: "json_invalid" },
    { rule: "media_type", type: "unsupported_media_type" },
    { rule: "fault", type: "fault" },
  ])("fastapi: JSON Schema keyword $rule is pydantic type $type", ({ rule, type }) => {
    const body = validationErrorBody("fastapi", 422, [
      { location: ["body", "x"], rule, message: "m" },
    ]);
    expect(body).toStrictEqual({ detail: [{ loc: ["body", "x"], msg: "m", type }] });
  });

  test("twilio: code 20001, every field named in the message, status as given", () => {
    expect(validationErrorBody("twilio", 400, violations)).toStrictEqual({
      code: 20001,
      message: [
        "Invalid parameter Routing.status: must be equal to one of the allowed values",
        "Invalid parameter Status: must have required property 'Status'",
        "Invalid parameter campaign_id: must be integer",
        "Invalid parameter items.0: is odd",
      ].join("; "),
      more_info: "https://www.twilio.com/docs/errors/20001",
      status: 400,
    });
  });

  test("twilio: a violation of the whole body names the body", () => {
    const body = validationErrorBody("twilio", 400, [
      { location: ["body"], rule: "malformed", message: "Body is not valid JSON" },
    ]) as { message: string };
    expect(body.message).toBe("Invalid parameter body: Body is not valid JSON");
  });

  test("problem: the dotted location of each violation in detail, and the violations", () => {
    expect(validationErrorBody("problem", 422, violations)).toStrictEqual({
      type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
      title: "Invalid request",
      status: 422,
      detail: [
        "body.Routing.status: must be equal to one of the allowed values",
        "body.Status: must have required property 'Status'",
        "path.campaign_id: must be integer",
        "query.items.0: is odd",
      ].join("; "),
      validation: violations,
    });
  });

  test.each<{ format: ErrorFormat; field: (violation: Violation) => string }>([
    { format: "fastapi", field: ({ location }) => JSON.stringify(location) },
    { format: "twilio", field: ({ location }) => location.slice(1).join(".") },
    { format: "problem", field: ({ location }) => location.join(".") },
  ])("$format: every violation's field appears", ({ format, field }) => {
    const text = JSON.stringify(validationErrorBody(format, 422, violations));
    for (const violation of violations) expect(text).toContain(field(violation));
  });
});

describe("plainErrorBody", () => {
  test.each<{ format: ErrorFormat; status: number; body: unknown }>([
    { format: "fastapi", status: 404, body: { detail: "Not Found" } },
    { format: "fastapi", status: 503, body: { detail: "Not Found" } },
    {
      format: "problem",
      status: 404,
      body: { type: "about:blank", title: "Not Found", status: 404, detail: "Not Found" },
    },
    ...[
      { status: 404, code: 20404 },
      { status: 405, code: 20004 },
      { status: 413, code: 20001 },
      { status: 429, code: 20429 },
      { status: 503, code: 20500 },
      { status: 500, code: 20500 },
    ].map(({ status, code }) => ({
      format: "twilio" as const,
      status,
      body: {
        code,
        message: "Not Found",
        more_info: `https://www.twilio.com/docs/errors/${code}`,
        status,
      },
    })),
  ])("$format $status", ({ format, status, body }) => {
    expect(plainErrorBody(format, status, "Not Found")).toStrictEqual(body);
  });
});
