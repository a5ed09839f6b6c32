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
  const request = vi.fn(async () => ({ data: { ok: 1 }, response: new Response("{}") }));
  const acceptAll = Object.assign(() => true, { errors: null }) as RequestValidator;
  const vendor: VendorConnection = {
    vendor: "mini",
    client: { request },
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
