import { describe, expect, test } from "vitest";
import {
  holdsSecret,
  redactEmbedded,
  redactPath,
} from "../../../src/engine/journal/embedded-secrets.js";

describe("holdsSecret", () => {
  test.each([
    "password=hunter2",
    "a=1&api_key=k",
    "https://x.test/cb?access_token=t",
    "user[password]=p",
    "_passwd=p",
    '{"secret": "s"}',
    "{'pin': 1234}",
    '{\\"token\\": \\"t\\"}',
    "<credentials><password>p</password></credentials>",
    '<login passwd="p"/>',
    "Authorization: Bearer t",
    "x\n  client_secret: s",
    "x%3Fapi_key%3Dk",
    `${"a".repeat(300)}_password=p`,
  ])("finds a credential pair in %j", (text) => {
    expect(holdsSecret(text)).toBe(true);
  });

  test.each([
    "",
    "plain text",
    "a=b&c=d",
    "mapping=1",
    "Reset your password: use the link",
    '{"name": "token"}',
    "status=503;retry-after=2",
    "application/json; charset=utf-8",
    "%zz%",
  ])("finds none in %j", (text) => {
    expect(holdsSecret(text)).toBe(false);
  });

  test.each([
    { name: "name characters", text: "a".repeat(1_000_000) },
    { name: "backslashes", text: "\\".repeat(1_000_000) },
    { name: "quotes", text: '"'.repeat(1_000_000) },
    { name: "angle brackets", text: "<a".repeat(500_000) },
  ])("reads a megabyte of $name without backtracking for ever", ({ text }) => {
    // Quadratic backtracking would take hours here; the test timeout is the guard.
    expect(holdsSecret(text)).toBe(false);
  });
});

describe("redactEmbedded", () => {
  test("replaces strings and names holding pairs, at any depth, and leaves the rest", () => {
    const value = {
      list: ["ok", "token=t", 3, null, { "secret=s": true }],
      nested: { url: "https://x.test/?pwd=p", flag: false },
    };
    expect(redactEmbedded(value)).toStrictEqual({
      list: ["ok", "[REDACTED]", 3, null, { "[REDACTED]": true }],
      nested: { url: "[REDACTED]", flag: false },
    });
  });
});

describe("redactPath", () => {
  test.each([
    { path: "/v1/Things/TH1", redacted: "/v1/Things/TH1" },
    { path: "/v1/Things/a;token=t/x", redacted: "/v1/Things/[REDACTED]/x" },
    { path: "/v1/Things/a%3Fapi_key%3Dk", redacted: "/v1/Things/[REDACTED]" },
    { path: "/v1/Things/%zz", redacted: "/v1/Things/%zz" },
    { path: "/v1/Things/a%3Fb%3Dc", redacted: "/v1/Things/a%3Fb%3Dc" },
  ])("$path", ({ path, redacted }) => {
    expect(redactPath(path)).toBe(redacted);
  });
});
