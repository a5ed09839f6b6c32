import { describe, expect, test } from "vitest";
import { readErrorBody, type ErrorIssue } from "../../../src/spec/index.js";

const NO_DETAILS = "No error details in the response";

describe("readErrorBody", () => {
  test.each<{ shape: string; body: unknown; message: string; issues?: ErrorIssue[] }>([
    // FastAPI (pydantic)
    { shape: "FastAPI, detail as text", body: { detail: "Not Found" }, message: "Not Found" },
    {
      shape: "FastAPI, one validation error",
      body: {
        detail: [{ loc: ["body", "Routing", "status"], msg: "Field required", type: "missing" }],
      },
      message: "/body/Routing/status Field required",
      issues: [{ path: "/body/Routing/status", message: "Field required", rule: "missing" }],
    },
    {
      shape: "FastAPI, several validation errors",
      body: {
        detail: [
          {
            loc: ["path", "agent_id"],
            msg: "Input should be a valid integer",
            type: "int_parsing",
          },
          { loc: ["body", "items", 0, "name"], msg: "String too long", type: "string_too_long" },
        ],
      },
      message: "/path/agent_id Input should be a valid integer; /body/items/0/name String too long",
      issues: [
        { path: "/path/agent_id", message: "Input should be a valid integer", rule: "int_parsing" },
        { path: "/body/items/0/name", message: "String too long", rule: "string_too_long" },
      ],
    },
    {
      shape: "FastAPI, names holding / and ~",
      body: { detail: [{ loc: ["body", "a/b", "c~d", "~1"], msg: "bad", type: "value_error" }] },
      message: "/body/a~1b/c~0d/~01 bad",
      issues: [{ path: "/body/a~1b/c~0d/~01", message: "bad", rule: "value_error" }],
    },
    {
      shape: "FastAPI, an error with a non-array loc",
      body: { detail: [{ loc: "body.name", msg: "bad" }] },
      message: "/ bad",
      issues: [{ path: "", message: "bad" }],
    },
    {
      shape: "FastAPI, entries that are not objects are skipped",
      body: { detail: ["oops", null, 3, { loc: ["query", "q"], msg: "bad" }] },
      message: "/query/q bad",
      issues: [{ path: "/query/q", message: "bad" }],
    },
    { shape: "FastAPI, an empty error list", body: { detail: [] }, message: "Validation failed" },
    {
      shape: "FastAPI, an object detail with a message",
      body: { detail: { code: "agent_busy", message: "The agent is busy" } },
      message: "The agent is busy",
    },
    {
      shape: "FastAPI, an object detail without a message",
      body: { detail: { code: "agent_busy" } },
      message: '{"code":"agent_busy"}',
    },
    { shape: "FastAPI, a number detail", body: { detail: 42 }, message: "42" },
    { shape: "FastAPI, a null detail", body: { detail: null }, message: "null" },
    // Twilio
    {
      shape: "Twilio",
      body: {
        code: 20404,
        message: "The requested resource /Interactions/KD00 was not found",
        more_info: "https://www.twilio.com/docs/errors/20404",
        status: 404,
      },
      message: "The requested resource /Interactions/KD00 was not found (Twilio error 20404)",
    },
    {
      shape: "Twilio wins over a FastAPI-looking detail",
      body: { code: 20001, message: "Invalid", more_info: "", status: 400, detail: "x" },
      message: "Invalid (Twilio error 20001)",
    },
    // RFC 9457 problem details
    {
      shape: "problem+json with a detail",
      body: { type: "about:blank", title: "Bad Request", status: 400, detail: "Status is invalid" },
      message: "Status is invalid",
    },
    {
      shape: "problem+json with a title only",
      body: { type: "about:blank", title: "Service Unavailable", status: 503 },
      message: "Service Unavailable",
    },
    // Plain text
    { shape: "plain text", body: "Bad Gateway", message: "Bad Gateway" },
    {
      shape: "plain text, trimmed",
      body: "\n  upstream timed out \n",
      message: "upstream timed out",
    },
    { shape: "plain text, cut to 200 characters", body: "x".repeat(500), message: "x".repeat(200) },
    {
      shape: "an HTML page",
      body: "<html><body>502</body></html>",
      message: "<html><body>502</body></html>",
    },
    // Anything else
    { shape: "an empty body", body: "", message: NO_DETAILS },
    { shape: "whitespace", body: " \n ", message: NO_DETAILS },
    { shape: "null", body: null, message: NO_DETAILS },
    { shape: "undefined", body: undefined, message: NO_DETAILS },
    { shape: "a number", body: 500, message: NO_DETAILS },
    { shape: "an array", body: [{ detail: "x" }], message: NO_DETAILS },
    { shape: "an empty object", body: {}, message: NO_DETAILS },
    { shape: "an unknown object", body: { error: "nope" }, message: NO_DETAILS },
    {
      shape: "Twilio-like with a string code",
      body: { code: "20404", message: "x", more_info: "" },
      message: NO_DETAILS,
    },
    { shape: "a title that is not a string", body: { title: 42 }, message: NO_DETAILS },
  ])("$shape", ({ body, message, issues = [] }) => {
    expect(readErrorBody(body)).toEqual({ message, issues });
  });

  test("a FastAPI issue has no rule when the type is not a string", () => {
    const { issues } = readErrorBody({ detail: [{ loc: ["body"], msg: "bad", type: 7 }] });
    expect(issues).toEqual([{ path: "/body", message: "bad" }]);
    expect(issues[0]).not.toHaveProperty("rule");
  });

  // A problem document has a `detail` too; it must not be read as FastAPI's.
  test("problem+json with an empty detail falls back to the title", () => {
    const body = { type: "about:blank", title: "Bad Request", status: 400, detail: "" };
    expect(readErrorBody(body).message).toBe("Bad Request");
  });

  // FastAPI's HTTPException allows any JSON as detail.
  test("FastAPI with an object detail does not say [object Object]", () => {
    const body = { detail: { code: "agent_busy", message: "The agent is busy" } };
    expect(readErrorBody(body).message).not.toContain("[object Object]");
  });
});
