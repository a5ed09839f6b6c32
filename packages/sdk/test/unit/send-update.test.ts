/**
 * The send pipeline on its own, with a stand-in client: what it checks beyond the spec's
 * validators, and that nothing reaches the client when the request is refused.
 */
import type { RequestValidator } from "@switchboard/client-runtime";
import { describe, expect, test, vi } from "vitest";
import { DEFAULT_RETRY } from "../../src/retry.js";
import { SecretSet } from "../../src/secrets.js";
import { findOperation, sendUpdate, type VendorConnection } from "../../src/send-update.js";

/** A spec that leaves its id unconstrained: any string passes the validator. */
function connection() {
  // The facade asks for text (`parseAs: "text"`) and parses success bodies itself.
  const request = vi.fn(async () => ({ data: '{"ok":1}', response: Response.json({ ok: 1 }) }));
  const acceptAll = Object.assign(() => true, { errors: null }) as RequestValidator;
  const vendor: VendorConnection = {
    vendor: "mini",
    client: { request },
    fetch: () => Promise.reject(new Error("the stand-in client never fetches")),
    operations: { updateThing: { method: "put", path: "/things/{id}", security: [] } },
    validators: { updateThing: acceptAll },
    secrets: new SecretSet([]),
  };
  return { vendor, request };
}

const settings = { retry: DEFAULT_RETRY, timeoutMs: 1_000, hooks: {} };

describe("a path parameter the URL parser would resolve or drop", () => {
  test.each(["", ".", ".."])(
    "%j is refused as invalid_input; the client is never called",
    async (id) => {
      const { vendor, request } = connection();
      const result = await sendUpdate(
        findOperation(vendor, "updateThing"),
        { path: { id } },
        settings,
      );
      expect(!result.ok && result.error).toMatchObject({
        kind: "invalid_input",
        attempts: 0,
        issues: [{ path: "/path/id", rule: "pathSegment" }],
      });
      expect(request).not.toHaveBeenCalled();
    },
  );

  test("a lone surrogate cannot be percent-encoded: refused too", async () => {
    const { vendor, request } = connection();
    const result = await sendUpdate(
      findOperation(vendor, "updateThing"),
      { path: { id: "\ud800" } },
      settings,
    );
    expect(!result.ok && result.error.issues).toEqual([
      { path: "/path/id", rule: "pathSegment", message: "must be well-formed Unicode" },
    ]);
    expect(request).not.toHaveBeenCalled();
  });

  test.each(["a/b", "%2F", "x?y", "x#y", "ü"])(
    "%j is sent, encoded as one segment by the client",
    async (id) => {
      const { vendor, request } = connection();
      const result = await sendUpdate(
        findOperation(vendor, "updateThing"),
        { path: { id } },
        settings,
      );
      expect(result).toMatchObject({ ok: true, attempts: 1 });
      expect(request).toHaveBeenCalledWith(
        "put",
        "/things/{id}",
        expect.objectContaining({ params: { path: { id }, query: undefined } }),
      );
    },
  );
});

describe("every input resolves: none rejects, none reaches the client", () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  let deep: Record<string, unknown> = {};
  for (let level = 0; level < 2_500; level += 1) deep = { a: deep };
  const boom = () => {
    throw new Error("canary-input-1234");
  };
  test.each<{ name: string; input: unknown; path: RegExp; rule: string }>([
    {
      name: "a circular body",
      input: { path: { id: "x" }, body: circular },
      path: /^\/body\/self$/,
      rule: "cycle",
    },
    {
      name: "a body 2,500 deep",
      input: { path: { id: "x" }, body: deep },
      path: /^\/body(\/a)+$/,
      rule: "maxDepth",
    },
    {
      name: "a throwing getter",
      input: {
        path: {
          get id() {
            return boom();
          },
        },
      },
      path: /^\/path\/id$/,
      rule: "unreadable",
    },
    {
      name: "a throwing toJSON",
      input: { path: { id: "x" }, body: { toJSON: boom } },
      path: /^\/body$/,
      rule: "unreadable",
    },
    {
      name: "a throwing proxy",
      input: new Proxy({}, { ownKeys: boom, get: boom }),
      path: /^\/$/,
      rule: "unreadable",
    },
  ])("$name: invalid_input, $rule", async ({ input, path, rule }) => {
    const { vendor, request } = connection();
    const result = await sendUpdate(findOperation(vendor, "updateThing"), input, settings);
    expect(!result.ok && result.error).toMatchObject({ kind: "invalid_input", attempts: 0 });
    expect(!result.ok && result.error.issues).toEqual([
      { path: expect.stringMatching(path), rule, message: expect.any(String) },
    ]);
    expect(JSON.stringify(result)).not.toContain("canary-input");
    expect(request).not.toHaveBeenCalled();
  });

  test("the client is sent the snapshot, not the caller's objects", async () => {
    const { vendor, request } = connection();
    const body = { at: new Date(0), skip: undefined };
    await sendUpdate(findOperation(vendor, "updateThing"), { path: { id: "x" }, body }, settings);
    const [[, , init]] = request.mock.calls as unknown as [[string, string, { body: unknown }]];
    expect(init.body).toEqual({ at: "1970-01-01T00:00:00.000Z" });
    expect(init.body).not.toBe(body);
  });
});
