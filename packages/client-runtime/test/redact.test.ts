import { describe, expect, test } from "vitest";
import {
  CIRCULAR,
  MAX_REDACTION_DEPTH,
  REDACTED,
  redactBody,
  redactHeaders,
  TOO_DEEP,
} from "../src/redact.js";

const SECRET = "sk_live_9f8e7d6c5b4a";

describe("redactHeaders", () => {
  test.each<{ name: string; value: string | string[]; expected: string }>([
    { name: "authorization", value: `Bearer ${SECRET}`, expected: "Bearer [REDACTED]" },
    { name: "Authorization", value: `Basic ${SECRET}`, expected: "Basic [REDACTED]" },
    { name: "authorization", value: `Token ${SECRET}`, expected: "Token [REDACTED]" },
    { name: "proxy-authorization", value: `Basic ${SECRET}`, expected: REDACTED },
    { name: "x-api-key", value: SECRET, expected: REDACTED },
    { name: "api_key", value: SECRET, expected: REDACTED },
    { name: "apikey", value: SECRET, expected: REDACTED },
    { name: "Syllable-API-Key", value: SECRET, expected: REDACTED },
    { name: "x-goog-api-key", value: SECRET, expected: REDACTED },
    { name: "x-auth-token", value: SECRET, expected: REDACTED },
    { name: "x-amz-security-token", value: SECRET, expected: REDACTED },
    { name: "x-client-secret", value: SECRET, expected: REDACTED },
    { name: "x-password", value: SECRET, expected: REDACTED },
    { name: "x-credential", value: SECRET, expected: REDACTED },
    { name: "cookie", value: `session=${SECRET}`, expected: REDACTED },
    { name: "set-cookie", value: [`a=${SECRET}`, `b=${SECRET}`], expected: REDACTED },
  ])("$name loses its credential", ({ name, value, expected }) => {
    const result = redactHeaders({ [name]: value });
    expect(result).toStrictEqual({ [name]: expected });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  test("every other header is kept as it is; arrays are joined and undefined dropped", () => {
    expect(
      redactHeaders({
        "content-type": "application/json",
        accept: "*/*",
        "user-agent": "switchboard/1.0",
        "x-request-id": "req-1",
        "x-mock-fault": "status=503",
        "x-forwarded-for": ["10.0.0.1", "10.0.0.2"],
        "x-absent": undefined,
      }),
    ).toStrictEqual({
      "content-type": "application/json",
      accept: "*/*",
      "user-agent": "switchboard/1.0",
      "x-request-id": "req-1",
      "x-mock-fault": "status=503",
      "x-forwarded-for": "10.0.0.1, 10.0.0.2",
    });
  });

  test("the input is not changed", () => {
    const headers = { authorization: `Bearer ${SECRET}`, accept: "*/*" };
    redactHeaders(headers);
    expect(headers).toStrictEqual({ authorization: `Bearer ${SECRET}`, accept: "*/*" });
  });

  // An Authorization header without a scheme (a bare API key or token) is a credential too.
  test.each([SECRET, `Bearer\t${SECRET}`])(
    "authorization %j without a space-separated scheme does not leak",
    (value) => {
      expect(JSON.stringify(redactHeaders({ authorization: value }))).not.toContain(SECRET);
    },
  );
});

describe("redactBody", () => {
  test.each<{ name: string; body: unknown; expected: unknown }>([
    {
      name: "top-level password",
      body: { username: "ada", password: SECRET },
      expected: { username: "ada", password: REDACTED },
    },
    {
      name: "nested token, sibling kept",
      body: { config: { account_sid: "AC123", auth_token: SECRET } },
      expected: { config: { account_sid: "AC123", auth_token: REDACTED } },
    },
    {
      name: "objects in an array",
      body: [{ api_key: SECRET, id: 1 }, { apiKey: SECRET }, { "api-key": SECRET }],
      expected: [{ api_key: REDACTED, id: 1 }, { apiKey: REDACTED }, { "api-key": REDACTED }],
    },
    {
      name: "deep in arrays and objects",
      body: { a: { b: [{ c: { client_secret: SECRET, d: "keep" } }] } },
      expected: { a: { b: [{ c: { client_secret: REDACTED, d: "keep" } }] } },
    },
    {
      name: "any case",
      body: { Password: SECRET, ACCESS_TOKEN: SECRET, SessionCookie: SECRET, Credential: SECRET },
      expected: {
        Password: REDACTED,
        ACCESS_TOKEN: REDACTED,
        SessionCookie: REDACTED,
        Credential: REDACTED,
      },
    },
    {
      name: "numbers under secret-like names go too; booleans and null stay",
      body: { pin: 1234, password_is_set: true, api_key: 9_007_199_254_740_991, token: null },
      expected: { pin: REDACTED, password_is_set: true, api_key: REDACTED, token: null },
    },
    {
      name: "short secret words count only as words of the name",
      body: { passwd: "a", user_pin: "b", loginPin: "c", pwd: "d", mapping: "e", shipping: "f" },
      expected: {
        passwd: REDACTED,
        user_pin: REDACTED,
        loginPin: REDACTED,
        pwd: REDACTED,
        mapping: "e",
        shipping: "f",
      },
    },
    {
      name: "nothing secret: unchanged",
      body: { Status: "closed", Routing: { status: "closed" }, count: 2, tags: ["a"], n: null },
      expected: { Status: "closed", Routing: { status: "closed" }, count: 2, tags: ["a"], n: null },
    },
    { name: "string body", body: "Status=closed", expected: "Status=closed" },
    { name: "number body", body: 3, expected: 3 },
    { name: "null body", body: null, expected: null },
    { name: "no body", body: undefined, expected: undefined },
  ])("$name", ({ body, expected }) => {
    expect(redactBody(body)).toStrictEqual(expected);
  });

  test("the input is not changed", () => {
    const body = { config: { auth_token: SECRET }, list: [{ password: SECRET }] };
    const before = structuredClone(body);
    redactBody(body);
    expect(body).toStrictEqual(before);
  });

  test.each<{ name: string; body: unknown }>([
    { name: "password", body: { password: SECRET } },
    { name: "auth_token in config", body: { config: { auth_token: SECRET } } },
    { name: "x-api-key style field", body: { "X-Api-Key": SECRET } },
    { name: "refresh token in array", body: { sessions: [{ refresh_token: SECRET }] } },
    { name: "client secret, deep", body: [[{ oauth: { client_secret: SECRET } }]] },
    { name: "cookie", body: { cookie: `sid=${SECRET}` } },
    { name: "credentials string", body: { credentials: `AC1:${SECRET}` } },
    // Strings under a credential-like name, one level down.
    { name: "list of api keys", body: { api_keys: [SECRET] } },
    { name: "credentials object", body: { credentials: { username: "AC1", pass: SECRET } } },
  ])("the secret never appears: $name", ({ body }) => {
    expect(JSON.stringify(redactBody(body))).not.toContain(SECRET);
  });

  test("a cycle is marked, never followed", () => {
    const body: Record<string, unknown> = { password: SECRET, name: "loop" };
    body.self = body;
    body.list = [body];
    expect(redactBody(body)).toStrictEqual({
      password: REDACTED,
      name: "loop",
      self: CIRCULAR,
      list: [CIRCULAR],
    });
  });

  test("a value seen twice, not inside itself, is copied twice", () => {
    const shared = { token: SECRET };
    expect(redactBody({ a: shared, b: shared })).toStrictEqual({
      a: { token: REDACTED },
      b: { token: REDACTED },
    });
  });

  test("nesting far past the depth bound is cut, not a stack overflow", () => {
    let body: unknown = { password: SECRET };
    for (let depth = 0; depth < 100_000; depth += 1) body = { a: [body] };
    const text = JSON.stringify(redactBody(body));
    expect(text).toContain(TOO_DEEP);
    expect(text).not.toContain(SECRET);
    expect(text.split("{").length - 1).toBeLessThanOrEqual(MAX_REDACTION_DEPTH);
  });
});
