import { describe, expect, test } from "vitest";
import {
  ERROR_FORMAT_NAMES,
  ERROR_FORMATS,
  MAX_LISTED_VIOLATIONS,
  readErrorBody,
  type ErrorFormatName,
  type Violation,
} from "../../../src/spec/index.js";

/*
 * The bodies the mock answers with, in each vendor's format: a request refused for breaking
 * rules (validationBody) and one refused for a single reason (plainBody).
 */

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

describe("validationBody", () => {
  test("fastapi: one detail entry per violation with loc, msg and pydantic type", () => {
    expect(ERROR_FORMATS.fastapi.validationBody(422, violations)).toStrictEqual({
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
    // Names an object literal inherits are rules like any other.
    { rule: "constructor", type: "constructor" },
    { rule: "toString", type: "toString" },
  ])("fastapi: JSON Schema keyword $rule is pydantic type $type", ({ rule, type }) => {
    const body = ERROR_FORMATS.fastapi.validationBody(422, [
      { location: ["body", "x"], rule, message: "m" },
    ]);
    expect(body).toStrictEqual({ detail: [{ loc: ["body", "x"], msg: "m", type }] });
  });

  test("twilio: code 20001, every field named in the message, status as given", () => {
    expect(ERROR_FORMATS.twilio.validationBody(400, violations)).toStrictEqual({
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
    const body = ERROR_FORMATS.twilio.validationBody(400, [
      { location: ["body"], rule: "malformed", message: "Body is not valid JSON" },
    ]) as { message: string };
    expect(body.message).toBe("Invalid parameter body: Body is not valid JSON");
  });

  test("problem: the dotted location of each violation in detail, and the violations", () => {
    expect(ERROR_FORMATS.problem.validationBody(422, violations)).toStrictEqual({
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

  test.each<{ format: ErrorFormatName; field: (violation: Violation) => string }>([
    { format: "fastapi", field: ({ location }) => JSON.stringify(location) },
    { format: "twilio", field: ({ location }) => location.slice(1).join(".") },
    { format: "problem", field: ({ location }) => location.join(".") },
  ])("$format: every violation's field appears", ({ format, field }) => {
    const text = JSON.stringify(ERROR_FORMATS[format].validationBody(422, violations));
    for (const violation of violations) expect(text).toContain(field(violation));
  });
});

describe("plainBody", () => {
  test.each<{ format: ErrorFormatName; status: number; body: unknown }>([
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
    expect(ERROR_FORMATS[format].plainBody(status, "Not Found")).toStrictEqual(body);
  });
});

// What the mock writes in a format, the facade reads back in the same format.
describe.each(ERROR_FORMAT_NAMES)("%s: written bodies read back", (name) => {
  const format = ERROR_FORMATS[name];

  test("a plain body matches its own format and reads back its reason", () => {
    const body = format.plainBody(503, "Service Unavailable");
    expect(format.matches(body)).toBe(true);
    expect(readErrorBody(body).message).toContain("Service Unavailable");
  });

  test("a validation body matches its own format and names every field", () => {
    const body = format.validationBody(422, violations);
    expect(format.matches(body)).toBe(true);
    const { message } = readErrorBody(body);
    for (const { message: rule } of violations) expect(message).toContain(rule);
  });

  // A problem body has a `detail` too: readErrorBody must still pick the format that wrote it.
  test("readErrorBody reads its bodies as this format does", () => {
    for (const body of [
      format.plainBody(404, "Not Found"),
      format.validationBody(422, violations),
    ]) {
      expect(readErrorBody(body)).toEqual(format.read(body as Record<string, unknown>));
    }
  });
});

// A request can break thousands of rules (a form of 60 000 unknown fields): the answer stays small.
describe("validationBody: the problems listed are capped", () => {
  const many = (count: number): Violation[] =>
    Array.from({ length: count }, (_, index) => ({
      location: ["body", `Field${index}`],
      rule: "additionalProperties",
      message: `must NOT have additional properties; found 'Field${index}'`,
    }));

  test.each([
    { count: MAX_LISTED_VIOLATIONS, omitted: 0 },
    { count: MAX_LISTED_VIOLATIONS + 1, omitted: 1 },
    { count: 60_000, omitted: 60_000 - MAX_LISTED_VIOLATIONS },
  ])(
    "fastapi, $count problems: a last detail item counts the $omitted left out",
    ({ count, omitted }) => {
      const { detail } = ERROR_FORMATS.fastapi.validationBody(422, many(count)) as {
        detail: { loc: unknown[]; msg: string; type: string }[];
      };
      if (omitted === 0) {
        expect(detail).toHaveLength(count);
        expect(detail.some(({ type }) => type === "too_many_errors")).toBe(false);
        return;
      }
      expect(detail).toHaveLength(MAX_LISTED_VIOLATIONS + 1);
      expect(detail.at(-1)).toStrictEqual({
        loc: [],
        msg: `${omitted} more errors not listed`,
        type: "too_many_errors",
      });
    },
  );

  test.each([
    { count: MAX_LISTED_VIOLATIONS, omitted: 0 },
    { count: 60_000, omitted: 60_000 - MAX_LISTED_VIOLATIONS },
  ])("twilio, $count problems: the message counts the $omitted left out", ({ count, omitted }) => {
    const { message } = ERROR_FORMATS.twilio.validationBody(400, many(count)) as {
      message: string;
    };
    expect(message.match(/Invalid parameter /g)).toHaveLength(MAX_LISTED_VIOLATIONS);
    if (omitted === 0) expect(message).not.toMatch(/not listed/);
    else
      expect(message).toMatch(new RegExp(`; and ${omitted} more invalid parameters not listed$`));
  });

  test.each([
    { count: MAX_LISTED_VIOLATIONS, omitted: 0 },
    { count: 60_000, omitted: 60_000 - MAX_LISTED_VIOLATIONS },
  ])(
    "problem, $count problems: omittedViolations counts the $omitted left out",
    ({ count, omitted }) => {
      const body = ERROR_FORMATS.problem.validationBody(422, many(count)) as {
        detail: string;
        validation: Violation[];
        omittedViolations?: number;
      };
      expect(body.validation).toStrictEqual(many(count).slice(0, MAX_LISTED_VIOLATIONS));
      expect(body.detail.split("; body.")).toHaveLength(MAX_LISTED_VIOLATIONS);
      if (omitted === 0) {
        expect(body).not.toHaveProperty("omittedViolations");
        expect(body.detail).not.toMatch(/not listed/);
      } else {
        expect(body.omittedViolations).toBe(omitted);
        expect(body.detail).toMatch(new RegExp(`; and ${omitted} more not listed$`));
      }
    },
  );

  test.each(ERROR_FORMAT_NAMES)("%s: 60 000 problems make a body under 32 KiB", (name) => {
    const body = ERROR_FORMATS[name].validationBody(422, many(60_000));
    expect(JSON.stringify(body).length).toBeLessThan(32 * 1024);
  });

  test.each(ERROR_FORMAT_NAMES)("%s: a capped body still reads back in its format", (name) => {
    const body = ERROR_FORMATS[name].validationBody(422, many(500));
    expect(ERROR_FORMATS[name].matches(body)).toBe(true);
    expect(readErrorBody(body).message).toContain("Field0");
  });
});
