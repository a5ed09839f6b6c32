import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import {
  validateRequest,
  type RequestIssue,
  type RequestValidator,
  type ValidatorError,
} from "../src/request-validation.js";

/** Compiled the way tools/codegen compiles request validators. */
function compile(schema: Record<string, unknown>): RequestValidator {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  return ajv.compile(schema);
}

const ROUTING = {
  type: "object",
  additionalProperties: false,
  required: ["status"],
  properties: { status: { type: "string", enum: ["closed"] } },
};

/** A request schema shaped like the generated ones (Twilio's conditional Routing included). */
const UPDATE_CHANNEL = compile({
  type: "object",
  additionalProperties: false,
  required: ["path", "body"],
  properties: {
    path: {
      type: "object",
      additionalProperties: false,
      required: ["Sid"],
      properties: { Sid: { type: "string", pattern: "^KD[0-9a-f]{4}$" } },
    },
    query: {
      type: "object",
      additionalProperties: false,
      properties: { "a/b~c": { type: "string" }, Page: { type: "integer", minimum: 0 } },
    },
    body: {
      type: "object",
      additionalProperties: false,
      required: ["Status"],
      properties: {
        Status: { type: "string", enum: ["closed", "inactive"] },
        Routing: { $ref: "#/$defs/Routing" },
        Label: { type: "string", maxLength: 3 },
      },
      if: { properties: { Status: { const: "inactive" } }, required: ["Status"] },
      then: {
        required: ["Routing"],
        properties: { Status: { const: "inactive" }, Routing: { $ref: "#/$defs/Routing" } },
      },
    },
  },
  $defs: { Routing: ROUTING },
});

const VALID = { path: { Sid: "KD12ab" }, body: { Status: "closed" } };

describe("validateRequest with an Ajv validator", () => {
  test.each<{ name: string; request: unknown }>([
    { name: "the required fields", request: VALID },
    {
      name: "every field",
      request: {
        path: { Sid: "KD12ab" },
        query: { "a/b~c": "x", Page: 0 },
        body: { Status: "inactive", Routing: { status: "closed" }, Label: "abc" },
      },
    },
  ])("a valid request ($name) has no issues", ({ request }) => {
    expect(validateRequest(UPDATE_CHANNEL, request)).toEqual([]);
  });

  test.each<{ name: string; request: unknown; issues: RequestIssue[] }>([
    {
      name: "required: the path names the missing group",
      request: { path: VALID.path },
      issues: [{ path: "/body", rule: "required", message: "is required" }],
    },
    {
      name: "required: the path names the missing property",
      request: { ...VALID, path: {} },
      issues: [{ path: "/path/Sid", rule: "required", message: "is required" }],
    },
    {
      name: "required: every missing property, each in its own issue",
      request: {},
      issues: [
        { path: "/path", rule: "required", message: "is required" },
        { path: "/body", rule: "required", message: "is required" },
      ],
    },
    {
      name: "additionalProperties: the path names the unknown property",
      request: { ...VALID, body: { Status: "closed", Colour: "red" } },
      issues: [
        { path: "/body/Colour", rule: "additionalProperties", message: "is not a known property" },
      ],
    },
    {
      name: "additionalProperties at the top: an unknown group",
      request: { ...VALID, cookie: {} },
      issues: [
        { path: "/cookie", rule: "additionalProperties", message: "is not a known property" },
      ],
    },
    {
      name: "enum: the message lists the allowed values",
      request: { ...VALID, body: { Status: "open" } },
      issues: [
        { path: "/body/Status", rule: "enum", message: 'must be one of: "closed", "inactive"' },
      ],
    },
    {
      name: "if/then: the failed `then` is reported, the `if` summary is not",
      request: { ...VALID, body: { Status: "inactive" } },
      issues: [{ path: "/body/Routing", rule: "required", message: "is required" }],
    },
    {
      // Routing is checked by the base schema and again by `then`: one problem, one issue.
      name: "dedupe: a rule failing in two branches is one issue",
      request: { ...VALID, body: { Status: "inactive", Routing: { status: "open" } } },
      issues: [{ path: "/body/Routing/status", rule: "enum", message: 'must be one of: "closed"' }],
    },
    {
      name: "dedupe keeps distinct problems of one branch",
      request: { ...VALID, body: { Status: "inactive", Routing: { status: "open", extra: 1 } } },
      issues: [
        {
          path: "/body/Routing/extra",
          rule: "additionalProperties",
          message: "is not a known property",
        },
        { path: "/body/Routing/status", rule: "enum", message: 'must be one of: "closed"' },
      ],
    },
    {
      name: "other rules keep Ajv's message",
      request: {
        path: { Sid: "KD12ab" },
        query: { Page: -1 },
        body: { Status: "closed", Label: "abcd" },
      },
      issues: [
        { path: "/query/Page", rule: "minimum", message: "must be >= 0" },
        { path: "/body/Label", rule: "maxLength", message: "must NOT have more than 3 characters" },
      ],
    },
    {
      name: "a request that is not an object is an issue at /",
      request: "update please",
      issues: [{ path: "/", rule: "type", message: "must be object" }],
    },
  ])("$name", ({ request, issues }) => {
    expect(validateRequest(UPDATE_CHANNEL, request)).toEqual(issues);
  });

  test.each<{ name: string; schema: Record<string, unknown>; request: unknown; issue: string }>([
    {
      name: "a missing property",
      schema: { type: "object", required: ["a/b~c"], properties: { "a/b~c": {} } },
      request: {},
      issue: "/a~1b~0c",
    },
    {
      name: "an unknown property",
      schema: { type: "object", additionalProperties: false },
      request: { "x/y~z": 1 },
      issue: "/x~1y~0z",
    },
    {
      name: "a property whose name is all escapes",
      schema: { type: "object", additionalProperties: false },
      request: { "~/~/": 1 },
      issue: "/~0~1~0~1",
    },
    {
      // Ajv already escapes the instancePath it reports; only the named property is ours to escape.
      name: "a problem beneath an escaped name",
      schema: {
        type: "object",
        properties: { "a/b": { type: "object", required: ["c~d"], properties: { "c~d": {} } } },
      },
      request: { "a/b": {} },
      issue: "/a~1b/c~0d",
    },
  ])("escapes ~ and / in names: $name → $issue", ({ schema, request, issue }) => {
    expect(validateRequest(compile(schema), request).map((found) => found.path)).toEqual([issue]);
  });

  test("messages describe the rule, never the value", () => {
    const secret = "sk_live_0123456789abcdef";
    const issues = validateRequest(UPDATE_CHANNEL, {
      path: { Sid: secret },
      query: { [secret]: secret },
      body: { Status: secret, Label: secret },
    });
    expect(issues.map((issue) => issue.rule).sort()).toEqual([
      "additionalProperties",
      "enum",
      "maxLength",
      "pattern",
    ]);
    for (const issue of issues) expect(issue.message).not.toContain(secret);
  });

  test("anyOf: the summary is dropped, each failed branch is reported", () => {
    const validator = compile({
      type: "object",
      properties: { n: { anyOf: [{ type: "string" }, { type: "integer" }] } },
    });
    expect(validateRequest(validator, { n: true })).toEqual([
      { path: "/n", rule: "type", message: "must be string" },
      { path: "/n", rule: "type", message: "must be integer" },
    ]);
  });

  test("anyOf [object, null]: the branch that got into the object is the one reported", () => {
    const validator = compile({
      type: "object",
      properties: {
        hours: {
          anyOf: [{ type: "object", properties: { open: { type: "string" } } }, { type: "null" }],
        },
      },
    });
    expect(validateRequest(validator, { hours: { open: 9 } })).toEqual([
      { path: "/hours/open", rule: "type", message: "must be string" },
    ]);
  });

  test("a summary is kept when it is the only error (oneOf matched twice)", () => {
    const validator = compile({ oneOf: [{ type: "integer" }, { type: "number" }] });
    expect(validateRequest(validator, 1)).toEqual([
      { path: "/", rule: "oneOf", message: "must match exactly one schema in oneOf" },
    ]);
  });

  // Ajv reports a propertyNames failure twice: the sub-rule (here `pattern`) with the name on
  // `error.propertyName`, then the `propertyNames` summary. One issue, at the name.
  test("a bad property name is reported at that name only", () => {
    const validator = compile({ type: "object", propertyNames: { pattern: "^[a-z]+$" } });
    const issues = validateRequest(validator, { Bad: 1, good: 2 });
    expect(issues.map((issue) => issue.path)).toEqual(issues.map(() => "/Bad"));
  });
});

/** A validator that fails with exactly these errors, for the mapping rules one at a time. */
function failingWith(errors: ValidatorError[] | null): RequestValidator {
  return Object.assign(() => false, { errors });
}

describe("validateRequest's mapping of each error", () => {
  test.each<{ name: string; error: ValidatorError; issue: RequestIssue }>([
    {
      name: "missingProperty is appended to the path",
      error: { instancePath: "/body", keyword: "required", params: { missingProperty: "Status" } },
      issue: { path: "/body/Status", rule: "required", message: "is required" },
    },
    {
      name: "additionalProperty is appended to the path",
      error: {
        instancePath: "/query",
        keyword: "additionalProperties",
        params: { additionalProperty: "x" },
      },
      issue: { path: "/query/x", rule: "additionalProperties", message: "is not a known property" },
    },
    {
      name: "propertyName is appended to the path",
      error: {
        instancePath: "/header",
        keyword: "propertyNames",
        params: { propertyName: "bad name" },
        message: "property name must be valid",
      },
      issue: {
        path: "/header/bad name",
        rule: "propertyNames",
        message: "property name must be valid",
      },
    },
    {
      name: "enum values are listed as JSON",
      error: {
        instancePath: "/body/n",
        keyword: "enum",
        params: { allowedValues: [1, "1", null] },
      },
      issue: { path: "/body/n", rule: "enum", message: 'must be one of: 1, "1", null' },
    },
    {
      name: "an Ajv message is kept",
      error: { instancePath: "/body/n", keyword: "maximum", params: {}, message: "must be <= 5" },
      issue: { path: "/body/n", rule: "maximum", message: "must be <= 5" },
    },
    {
      name: "no message (Ajv's messages: false) names the rule",
      error: { instancePath: "/body/n", keyword: "multipleOf", params: {} },
      issue: { path: "/body/n", rule: "multipleOf", message: "fails multipleOf" },
    },
    {
      name: "the root is /",
      error: { instancePath: "", keyword: "type", params: {}, message: "must be object" },
      issue: { path: "/", rule: "type", message: "must be object" },
    },
    {
      name: "a non-string name is not appended",
      error: { instancePath: "/body", keyword: "required", params: { missingProperty: 3 } },
      issue: { path: "/body", rule: "required", message: "is required" },
    },
  ])("$name", ({ error, issue }) => {
    expect(validateRequest(failingWith([error]), {})).toEqual([issue]);
  });

  test.each(["if", "anyOf", "oneOf", "allOf"])(
    "drops the %s summary when a detailed error exists",
    (keyword) => {
      const detail = {
        instancePath: "/body",
        keyword: "required",
        params: { missingProperty: "a" },
      };
      const summary = { instancePath: "/body", keyword, params: {}, message: "summary" };
      expect(validateRequest(failingWith([detail, summary]), {})).toEqual([
        { path: "/body/a", rule: "required", message: "is required" },
      ]);
      expect(validateRequest(failingWith([summary, detail]), {})).toEqual([
        { path: "/body/a", rule: "required", message: "is required" },
      ]);
    },
  );

  test("dedupes identical issues and keeps the first-seen order", () => {
    const a = { instancePath: "/body", keyword: "required", params: { missingProperty: "a" } };
    const b = { instancePath: "/body/b", keyword: "type", params: {}, message: "must be string" };
    expect(validateRequest(failingWith([a, b, a, b, a]), {})).toEqual([
      { path: "/body/a", rule: "required", message: "is required" },
      { path: "/body/b", rule: "type", message: "must be string" },
    ]);
  });

  test("keeps issues that differ only in message", () => {
    const error = (message: string) => ({
      instancePath: "/n",
      keyword: "type",
      params: {},
      message,
    });
    expect(
      validateRequest(failingWith([error("must be string"), error("must be integer")]), {}),
    ).toHaveLength(2);
  });

  test("a passing validator has no issues, whatever errors it still holds", () => {
    const stale = { instancePath: "/body", keyword: "required", params: { missingProperty: "a" } };
    expect(
      validateRequest(
        Object.assign(() => true, { errors: [stale] }),
        {},
      ),
    ).toEqual([]);
  });

  // Ajv always sets errors; a hand-written validator might not, and [] would read as "valid".
  test("a failing validator without errors still yields an issue", () => {
    expect(validateRequest(failingWith(null), {})).not.toEqual([]);
  });
});
