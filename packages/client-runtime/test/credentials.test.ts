import { describe, expect, test } from "vitest";
import { authenticationHeaders, type SecuritySchemeMetadata } from "../src/index.js";

const apiKey: SecuritySchemeMetadata = { type: "apiKey", in: "header", name: "X-Key" };
const bearer: SecuritySchemeMetadata = { type: "http", scheme: "bearer" };
const basic: SecuritySchemeMetadata = { type: "http", scheme: "basic" };
const names = { secret: "make: options.secret", username: "make: options.user" };
const SECRET = "s3cr3t-value";

describe("authenticationHeaders", () => {
  test.each([
    { scheme: apiKey, credential: SECRET, headers: { "X-Key": SECRET } },
    { scheme: bearer, credential: SECRET, headers: { Authorization: `Bearer ${SECRET}` } },
    {
      scheme: basic,
      credential: { username: "AC1", password: SECRET },
      headers: { Authorization: "Basic QUMxOnMzY3IzdC12YWx1ZQ==" },
    },
    {
      scheme: basic,
      credential: { username: "ü", password: "é" },
      headers: { Authorization: "Basic w7w6w6k=" }, // UTF-8 bytes, as RFC 7617 recommends
    },
  ])("$scheme.type $scheme.scheme", ({ scheme, credential, headers }) => {
    expect(authenticationHeaders(scheme, credential, names)).toEqual(headers);
  });

  test.each([
    {
      scheme: apiKey,
      credential: "",
      rule: "make: options.secret is required: a non-empty string",
    },
    { scheme: bearer, credential: undefined, rule: "make: options.secret is required" },
    {
      scheme: bearer,
      credential: `${SECRET}\r\nX-Injected: 1`,
      rule: "make: options.secret must not contain line breaks or control characters",
    },
    {
      scheme: basic,
      credential: { username: "a:b", password: SECRET },
      rule: 'make: options.user must not contain ":"',
    },
    {
      scheme: basic,
      credential: { username: "AC1", password: "" },
      rule: "make: options.secret is required",
    },
    {
      scheme: basic,
      credential: SECRET,
      rule: "make: options.secret must be a user name and password",
    },
  ])("refuses a bad $scheme.type credential without echoing it", ({ scheme, credential, rule }) => {
    const attempt = () => authenticationHeaders(scheme, credential as never, names);
    expect(attempt).toThrow(rule);
    expect(attempt).not.toThrow(SECRET);
  });
});
