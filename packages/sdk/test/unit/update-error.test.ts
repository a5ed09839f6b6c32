import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import {
  kindForStatus,
  UpdateError,
  type UpdateErrorDetails,
  type UpdateErrorKind,
} from "../../src/update-error.js";

const BASE = { vendor: "twilioFlex", operation: "updateInteractionChannel" } as const;

function error(details: Partial<UpdateErrorDetails> = {}): UpdateError {
  return new UpdateError({ ...BASE, kind: "server", message: "It broke", ...details });
}

describe("kindForStatus", () => {
  test.each<{ status: number; kind: UpdateErrorKind }>([
    { status: 400, kind: "validation" },
    { status: 401, kind: "unauthorized" },
    { status: 403, kind: "forbidden" },
    { status: 404, kind: "not_found" },
    { status: 405, kind: "validation" },
    { status: 408, kind: "timeout" },
    { status: 409, kind: "conflict" },
    { status: 410, kind: "not_found" },
    { status: 413, kind: "validation" },
    { status: 415, kind: "validation" },
    { status: 422, kind: "validation" },
    { status: 429, kind: "rate_limited" },
    { status: 499, kind: "validation" },
    { status: 500, kind: "server" },
    { status: 501, kind: "server" },
    { status: 502, kind: "server" },
    { status: 503, kind: "server" },
    { status: 504, kind: "server" },
    { status: 599, kind: "server" },
  ])("$status → $kind", ({ status, kind }) => {
    expect(kindForStatus(status)).toBe(kind);
  });
});

describe("UpdateError.retryable", () => {
  test.each<{ kind: UpdateErrorKind; status: number | null; retryable: boolean }>([
    { kind: "network", status: null, retryable: true },
    { kind: "timeout", status: null, retryable: true },
    { kind: "timeout", status: 408, retryable: true },
    { kind: "rate_limited", status: 429, retryable: true },
    { kind: "server", status: 500, retryable: true },
    { kind: "server", status: 502, retryable: true },
    { kind: "server", status: 503, retryable: true },
    { kind: "server", status: 504, retryable: true },
    // 501 Not Implemented and 505 will not change on a retry.
    { kind: "server", status: 501, retryable: false },
    { kind: "server", status: 505, retryable: false },
    { kind: "validation", status: 400, retryable: false },
    { kind: "validation", status: 413, retryable: false },
    { kind: "validation", status: 422, retryable: false },
    { kind: "unauthorized", status: 401, retryable: false },
    { kind: "forbidden", status: 403, retryable: false },
    { kind: "not_found", status: 404, retryable: false },
    { kind: "not_found", status: 410, retryable: false },
    { kind: "conflict", status: 409, retryable: false },
    { kind: "invalid_input", status: null, retryable: false },
    { kind: "aborted", status: null, retryable: false },
    // Sending again would repeat what the first request did, or cannot help.
    { kind: "redirect", status: 307, retryable: false },
    { kind: "invalid_response", status: 200, retryable: false },
    { kind: "hook_failed", status: null, retryable: false },
  ])("$kind with status $status → $retryable", ({ kind, status, retryable }) => {
    expect(error({ kind, status }).retryable).toBe(retryable);
  });

  test("agrees with kindForStatus for every status it maps", () => {
    for (const status of [400, 401, 403, 404, 408, 409, 410, 413, 422, 429, 500, 502, 503, 504]) {
      const kind = kindForStatus(status);
      const expected = [408, 429, 500, 502, 503, 504].includes(status);
      expect(error({ kind, status }).retryable, `${status} ${kind}`).toBe(expected);
    }
  });
});

describe("UpdateError", () => {
  test("is an Error named UpdateError, with the message given", () => {
    const failure = error();
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toBeInstanceOf(UpdateError);
    expect(failure.name).toBe("UpdateError");
    expect(failure.message).toBe("It broke");
    expect(String(failure)).toBe("UpdateError: It broke");
    expect(failure.stack).toMatch(/^UpdateError: It broke\n/);
  });

  test.each([
    { given: "mock-gateway", source: "mock-gateway" },
    { given: "vendor", source: "vendor" },
    { given: undefined, source: null },
  ] as const)("source $given is $source, in JSON too", ({ given, source }) => {
    const failure = error(given === undefined ? {} : { source: given });
    expect(failure.source).toBe(source);
    expect(JSON.parse(JSON.stringify(failure))).toMatchObject({ source });
  });

  test("fills what was not given with null, [] and 0", () => {
    const failure = new UpdateError({ ...BASE, kind: "network", message: "offline" });
    expect(failure).toMatchObject({
      ...BASE,
      kind: "network",
      status: null,
      issues: [],
      requestId: null,
      retryAfterMs: null,
      attempts: 0,
      raw: undefined,
    });
    expect("cause" in failure).toBe(false);
  });

  test("keeps every detail given", () => {
    const cause = new TypeError("fetch failed");
    const issues = [{ path: "/body/Status", message: "is required", rule: "required" }];
    const failure = error({
      kind: "rate_limited",
      status: 429,
      issues,
      requestId: "req-1",
      retryAfterMs: 2_000,
      attempts: 3,
      raw: { code: 20429 },
      cause,
    });
    expect(failure).toMatchObject({
      kind: "rate_limited",
      status: 429,
      issues,
      requestId: "req-1",
      retryAfterMs: 2_000,
      attempts: 3,
      raw: { code: 20429 },
      retryable: true,
    });
    expect(failure.cause).toBe(cause);
  });

  test("JSON.stringify gives every field, name and message included", () => {
    const failure = error({
      kind: "validation",
      status: 400,
      issues: [{ path: "/body/Status", message: "is required" }],
      requestId: "req-1",
      attempts: 1,
      raw: { detail: "bad" },
      cause: new Error("the cause stays out"),
    });
    expect(JSON.parse(JSON.stringify(failure))).toEqual({
      name: "UpdateError",
      vendor: "twilioFlex",
      operation: "updateInteractionChannel",
      kind: "validation",
      status: 400,
      message: "It broke",
      issues: [{ path: "/body/Status", message: "is required" }],
      requestId: "req-1",
      retryAfterMs: null,
      retryable: false,
      attempts: 1,
      raw: { detail: "bad" },
      source: null,
    });
  });

  test("JSON.stringify leaves raw out when there was none", () => {
    expect(JSON.parse(JSON.stringify(error()))).not.toHaveProperty("raw");
  });

  test("util.inspect shows the name, message and fields", () => {
    const text = inspect(error({ kind: "rate_limited", status: 429, requestId: "req-9" }));
    expect(text).toContain("UpdateError: It broke");
    expect(text).toContain("kind: 'rate_limited'");
    expect(text).toContain("status: 429");
    expect(text).toContain("requestId: 'req-9'");
  });

  test("util.inspect copes with a cause and a circular raw body", () => {
    const raw: Record<string, unknown> = { detail: "loop" };
    raw.self = raw;
    const text = inspect(error({ raw, cause: new Error("socket hang up") }), { depth: 4 });
    expect(text).toContain("UpdateError: It broke");
    expect(text).toContain("socket hang up");
    expect(text).toContain("[Circular");
  });
});
