/**
 * A vendor's error body, as the gateway answers it, read into the one UpdateError shape: the
 * fixture vendor speaks RFC 9457 problem details (`{ type, title, status, detail }`).
 */
import { beforeEach, describe, expect, test } from "vitest";
import { clearJournal, readJournal, rewriteBodyFetch } from "@switchboard/test-support";
import { acmeSwitchboard, type AcmeName } from "../support/acme-facade.js";
import { documentedErrorBody, documentedRequest } from "../support/acme-requests.js";

beforeEach(() => clearJournal());

function sendWithFault(name: AcmeName, fault: string) {
  return acmeSwitchboard({ retry: false }).update(name, documentedRequest(name), {
    headers: { "x-mock-fault": fault },
  });
}

describe.each([
  [401, "unauthorized"],
  [404, "not_found"],
  [422, "validation"],
  [503, "server"],
] as const)("a documented %i", (status, kind) => {
  test.each(["updateQueue", "updateAgent"] as const)(
    "acme.%s: kind, status, request id, the documented body and its detail",
    async (operationId) => {
      const result = await sendWithFault(`acme.${operationId}`, `status=${status}`);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [entry] = await readJournal();
      expect(result.error).toMatchObject({
        vendor: "acme",
        operation: operationId,
        kind,
        status,
        requestId: entry!.requestId,
        attempts: 1,
      });
      const documented = documentedErrorBody(operationId, status) as { detail: string };
      expect(result.error.raw).toEqual(documented);
      expect(result.error.message).toBe(`acme.${operationId}: ${status} ${documented.detail}`);
    },
  );
});

test("a documented 429 keeps its Retry-After and the vendor's documented body", async () => {
  const result = await sendWithFault("acme.updateQueue", "status=429;retry-after=3");
  expect(!result.ok && result.error).toMatchObject({
    kind: "rate_limited",
    status: 429,
    retryAfterMs: 3_000,
    retryable: true,
  });
  expect(!result.ok && result.error.raw).toEqual(documentedErrorBody("updateQueue", 429));
});

test("a status the spec does not document: the gateway's own problem body, its detail read", async () => {
  const result = await sendWithFault("acme.updateAgent", "status=502");
  expect(!result.ok && result.error).toMatchObject({ kind: "server", status: 502 });
  expect(!result.ok && result.error.raw).toMatchObject({ status: 502, title: expect.any(String) });
  expect(!result.ok && result.error.message).toBe("acme.updateAgent: 502 Injected fault: 502");
});

test("a body the vendor refuses (broken after validation): a validation error naming the field", async () => {
  // Stands for a vendor stricter than its documentation: the body is broken after validation.
  const sb = acmeSwitchboard(
    { retry: false },
    { fetch: rewriteBodyFetch(() => JSON.stringify({ priority: 11, extra: 1 })) },
  );
  const result = await sb.update("acme.updateQueue", documentedRequest("acme.updateQueue"));
  expect(!result.ok && result.error).toMatchObject({ kind: "validation", status: 422 });
  if (result.ok) return;
  const raw = result.error.raw as { title: string; detail: string };
  expect(raw.title).toEqual(expect.any(String));
  expect(result.error.message).toBe(`acme.updateQueue: 422 ${raw.detail}`);
  expect(raw.detail).toMatch(/priority/);
  expect(raw.detail).toMatch(/extra/);
});
