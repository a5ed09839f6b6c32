/**
 * A 2xx is never sent again: an answer that is not the JSON the spec documents is a failure of
 * its own (`invalid_response`, never retried), and with `validateResponses` so is a body that
 * breaks the response schema. The vendor here is a stub `fetch` that counts what it is sent.
 */
import type { RequestValidator } from "@switchboard/client-runtime";
import type { CallOptions, UpdateResult } from "@switchboard/sdk";
import { createSwitchboardOver, type VendorEntry } from "@switchboard/sdk/core";
import { describe, expect, test, vi } from "vitest";
import {
  ACME_TOKEN,
  ACME_VENDOR,
  acmeSwitchboard,
  type AcmeSwitchboard,
} from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";

/** A vendor answering every request with `status`, `body` and `headers`; `sent` counts requests. */
function stubVendor(status: number, body: string | null, headers: Record<string, string> = {}) {
  const fetch = vi.fn(async () => new Response(body, { status, headers }));
  return { fetch, sent: () => fetch.mock.calls.length };
}

const JSON_TYPE = { "content-type": "application/json" };
const QUEUE = { id: "q_support", name: "Support", priority: 7 };

function updateQueue(sb: AcmeSwitchboard, options?: CallOptions) {
  return sb.update("acme.updateQueue", documentedRequest("acme.updateQueue"), options);
}

function errorOf(result: UpdateResult<unknown>) {
  if (result.ok) throw new Error("expected a failure");
  return result.error;
}

describe("a 2xx that is not the JSON the spec documents", () => {
  test.each<{ name: string; body: string; headers: Record<string, string> }>([
    {
      name: "an HTML page",
      body: "<html>Welcome</html>",
      headers: { "content-type": "text/html" },
    },
    {
      name: "JSON sent as text/plain",
      body: JSON.stringify(QUEUE),
      headers: { "content-type": "text/plain" },
    },
    { name: "no content type", body: JSON.stringify(QUEUE), headers: {} },
    { name: "JSON that does not parse", body: '{"id": "q_support",', headers: JSON_TYPE },
  ])("$name: invalid_response, sent once, with the text as raw", async ({ body, headers }) => {
    const vendor = stubVendor(200, body, headers);
    const result = await updateQueue(acmeSwitchboard({}, { fetch: vendor.fetch }));
    expect(errorOf(result)).toMatchObject({
      kind: "invalid_response",
      status: 200,
      attempts: 1,
      retryable: false,
      source: "vendor",
      raw: body,
    });
    expect(errorOf(result).message).toMatch(/^acme\.updateQueue: 200, but /);
    expect(vendor.sent()).toBe(1);
  });

  test("a long body is cut in raw; a secret echoed in it is scrubbed", async () => {
    const body = `<p>${ACME_TOKEN}</p>${"x".repeat(100_000)}`;
    const vendor = stubVendor(201, body, { "content-type": "text/html" });
    const error = errorOf(await updateQueue(acmeSwitchboard({}, { fetch: vendor.fetch })));
    expect(error).toMatchObject({ kind: "invalid_response", status: 201 });
    const raw = error.raw as string;
    expect(raw.startsWith("<p>[REDACTED]</p>xxx")).toBe(true);
    expect(raw.length).toBeLessThan(10_000);
  });

  test.each([
    { name: "a 204", status: 204, body: null, headers: {} },
    { name: "an empty 200", status: 200, body: "", headers: JSON_TYPE },
  ])("$name has no data, and is a success", async ({ status, body, headers }) => {
    const vendor = stubVendor(status, body, headers);
    const result = await updateQueue(acmeSwitchboard({}, { fetch: vendor.fetch }));
    expect(result).toEqual({ ok: true, data: undefined, status, requestId: null, attempts: 1 });
  });

  test("JSON, with a +json type and a charset, is data", async () => {
    const vendor = stubVendor(200, JSON.stringify(QUEUE), {
      "content-type": "application/vnd.acme+json; charset=utf-8",
    });
    const result = await updateQueue(acmeSwitchboard({}, { fetch: vendor.fetch }));
    expect(result).toMatchObject({ ok: true, data: QUEUE, attempts: 1 });
  });
});

describe("validateResponses", () => {
  /** Stands in for a generated response validator: a queue's priority must be an integer. */
  const queueValidator: RequestValidator = Object.assign(
    (data: unknown) => {
      const valid = Number.isInteger((data as { priority?: unknown } | null)?.priority);
      queueValidator.errors = valid
        ? null
        : [
            {
              instancePath: "/priority",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            },
          ];
      return valid;
    },
    { errors: null },
  );

  function facade(
    options: { validateResponses?: boolean; answer?: unknown; load?: () => Promise<unknown> } = {},
  ) {
    const vendor = stubVendor(200, JSON.stringify(options.answer ?? QUEUE), JSON_TYPE);
    const load = vi.fn(options.load ?? (async () => ({ updateQueue: { "200": queueValidator } })));
    const entry: VendorEntry = { ...ACME_VENDOR, responseValidators: load as never };
    const sb = createSwitchboardOver(
      { acme: entry },
      {
        acme: { token: ACME_TOKEN, baseUrl: "http://acme.test", fetch: vendor.fetch },
        retry: { attempts: 3, baseDelayMs: 1 },
        ...(options.validateResponses === undefined
          ? {}
          : { validateResponses: options.validateResponses }),
      },
    ) as unknown as AcmeSwitchboard;
    return { sb, load, vendor };
  }

  test("a body that breaks its schema: invalid_response with the issues, under /body", async () => {
    const broken = { ...QUEUE, priority: "high" };
    const { sb, vendor } = facade({ validateResponses: true, answer: broken });
    const error = errorOf(await updateQueue(sb));
    expect(error).toMatchObject({
      kind: "invalid_response",
      status: 200,
      attempts: 1,
      retryable: false,
      issues: [{ path: "/body/priority", rule: "type", message: "must be integer" }],
      raw: broken,
    });
    expect(vendor.sent()).toBe(1);
  });

  test("a body that keeps to its schema is a success", async () => {
    const { sb } = facade({ validateResponses: true });
    expect(await updateQueue(sb)).toMatchObject({ ok: true, data: QUEUE });
  });

  test("off by default: the validators are never even loaded", async () => {
    const { sb, load } = facade({ answer: { priority: "high" } });
    expect(await updateQueue(sb)).toMatchObject({ ok: true, data: { priority: "high" } });
    expect(load).not.toHaveBeenCalled();
  });

  test("loaded once, on first use", async () => {
    const { sb, load } = facade({ validateResponses: true });
    await updateQueue(sb);
    await updateQueue(sb);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test.each([
    { facadeSetting: false, call: true, ok: false },
    { facadeSetting: true, call: false, ok: true },
  ])(
    "a call's setting ($call) overrides the facade's ($facadeSetting)",
    async ({ facadeSetting, call, ok }) => {
      const { sb } = facade({ validateResponses: facadeSetting, answer: { priority: "high" } });
      expect((await updateQueue(sb, { validateResponses: call })).ok).toBe(ok);
    },
  );

  test("an operation or status with no validator is not checked", async () => {
    const { sb } = facade({ validateResponses: true, answer: { anything: 1 } });
    const result = await sb.update("acme.updateAgent", documentedRequest("acme.updateAgent"));
    expect(result).toMatchObject({ ok: true, data: { anything: 1 } });
  });

  test("validators that fail to load: invalid_response saying the body went unchecked", async () => {
    const { sb, load } = facade({
      validateResponses: true,
      load: () => Promise.reject(new Error("chunk missing")),
    });
    const error = errorOf(await updateQueue(sb));
    expect(error).toMatchObject({
      kind: "invalid_response",
      attempts: 1,
      issues: [{ path: "/body", rule: "unchecked", message: expect.any(String) }],
    });
    // Tried again on the next update rather than failing for ever.
    await updateQueue(sb);
    expect(load).toHaveBeenCalledTimes(2);
  });

  test("on for a vendor whose registry entry has no response validators: a TypeError at once", () => {
    const options = { acme: { token: ACME_TOKEN }, validateResponses: true };
    expect(() => createSwitchboardOver({ acme: ACME_VENDOR }, options)).toThrow(
      "createSwitchboard: options.validateResponses needs response validators, and the registry entry of acme has none",
    );
    const sb = acmeSwitchboard();
    expect(() => updateQueue(sb, { validateResponses: true })).toThrow(
      /^options\.validateResponses needs response validators/,
    );
  });

  test.each([1, "yes", null])("validateResponses %j is refused, naming the option", (value) => {
    const options = { acme: { token: ACME_TOKEN }, validateResponses: value as never };
    expect(() => createSwitchboardOver({ acme: ACME_VENDOR }, options)).toThrow(
      "createSwitchboard: options.validateResponses must be true or false",
    );
  });
});
