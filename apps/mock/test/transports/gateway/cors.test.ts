import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, test } from "vitest";
import {
  corsHeaders,
  corsPolicy,
  isPreflight,
  preflightHeaders,
  withoutCorsHeaders,
  type CorsPolicy,
} from "../../../src/transports/gateway/cors.js";

const ANY = corsPolicy(undefined)!;
const LISTED = corsPolicy({ origins: ["http://localhost:5173", "https://app.example"] })!;
const EXPOSED = "x-request-id, x-mock-source, x-switchboard-violations, retry-after";

describe("corsPolicy", () => {
  test("by default, any origin; false, none", () => {
    expect(corsPolicy(undefined)).toStrictEqual({ origins: "*" });
    expect(corsPolicy({ origins: "*" })).toStrictEqual({ origins: "*" });
    expect(corsPolicy(false)).toBeUndefined();
  });

  test.each([
    "localhost:5173",
    "http://localhost:5173/",
    "http://app.example/path",
    "*.example",
    "",
  ])("%j is not an origin: an error naming the option, its index and the rule", (origin) => {
    expect(() => corsPolicy({ origins: ["https://ok.example", origin] })).toThrow(
      `cors.origins[1] must be an origin (scheme://host[:port], nothing after it), got "${origin}"`,
    );
  });
});

describe("isPreflight", () => {
  test.each<{ method: string; headers: IncomingHttpHeaders; preflight: boolean }>([
    { method: "OPTIONS", headers: { "access-control-request-method": "PUT" }, preflight: true },
    { method: "OPTIONS", headers: {}, preflight: false },
    { method: "PUT", headers: { "access-control-request-method": "PUT" }, preflight: false },
  ])("$method $headers: $preflight", ({ method, headers, preflight }) => {
    expect(isPreflight(method, headers)).toBe(preflight);
  });
});

describe("corsHeaders: on every answer", () => {
  test.each<{ name: string; policy: CorsPolicy; origin?: string; allowed?: string }>([
    {
      name: "any origin: the request's",
      policy: ANY,
      origin: "http://x.test",
      allowed: "http://x.test",
    },
    { name: "any origin, no Origin: *", policy: ANY, allowed: "*" },
    {
      name: "a listed origin",
      policy: LISTED,
      origin: "https://app.example",
      allowed: "https://app.example",
    },
    { name: "an origin not listed: none", policy: LISTED, origin: "https://evil.example" },
    { name: "listed, no Origin: none", policy: LISTED },
  ])("$name", ({ policy, origin, allowed }) => {
    const headers = corsHeaders(policy, origin === undefined ? {} : { origin });
    const expected = {
      ...(allowed === undefined ? {} : { "access-control-allow-origin": allowed }),
      ...(allowed === undefined || allowed === "*"
        ? {}
        : { "access-control-allow-credentials": "true" }),
      "access-control-expose-headers": EXPOSED,
      vary: "Origin",
    };
    expect(headers).toStrictEqual(expected);
    // In the order they are sent.
    expect(Object.keys(headers)).toEqual(Object.keys(expected));
  });
});

describe("preflightHeaders", () => {
  const asked = {
    origin: "http://localhost:5173",
    "access-control-request-method": "PATCH",
    "access-control-request-headers": "authorization, content-type, x-mock-fault",
  };

  test("an allowed origin may use the method and headers it asks for", () => {
    expect(preflightHeaders(LISTED, asked)).toStrictEqual({
      "access-control-allow-origin": "http://localhost:5173",
      "access-control-allow-credentials": "true",
      "access-control-expose-headers": EXPOSED,
      vary: "Origin",
      "access-control-allow-methods": "PATCH",
      "access-control-allow-headers": "authorization, content-type, x-mock-fault",
      "access-control-max-age": "600",
    });
  });

  test("no headers asked for, none allowed", () => {
    const { "access-control-request-headers": _, ...withoutHeaders } = asked;
    expect(preflightHeaders(ANY, withoutHeaders)).not.toHaveProperty(
      "access-control-allow-headers",
    );
  });

  test("an origin not allowed is allowed nothing", () => {
    expect(preflightHeaders(LISTED, { ...asked, origin: "https://evil.example" })).toStrictEqual({
      "access-control-expose-headers": EXPOSED,
      vary: "Origin",
    });
  });
});

test("withoutCorsHeaders drops a vendor's documented CORS headers, and only those", () => {
  expect(
    withoutCorsHeaders({
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "ETag",
      "content-type": "application/json",
      "retry-after": "2",
    }),
  ).toStrictEqual({ "content-type": "application/json", "retry-after": "2" });
});

test("withoutCorsHeaders hands back headers without any CORS header as they are", () => {
  const headers = { "content-type": "application/json", "x-request-id": "r" };
  expect(withoutCorsHeaders(headers)).toBe(headers);
  expect(headers).toStrictEqual({ "content-type": "application/json", "x-request-id": "r" });
});
