/**
 * The engine's answers to the URL forms routing reads (route-request.ts): the operation at a
 * doubled slash after the prefix, the vendor's 307 at the other trailing-slash form, and what the
 * journal records of each.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { createMockEngine, type MockEngine } from "../../src/engine/engine.js";
import { REQUEST_ID_HEADER } from "../../src/engine/journal/request-id.js";
import type { MockRequest, MockResponse } from "../../src/types.js";

const CHANNEL = { id: 1, name: "support" };

const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Routes", version: "1" },
  components: {
    securitySchemes: { Key: { type: "apiKey", in: "header", name: "x-key" } },
  },
  security: [{ Key: [] }],
  paths: {
    "/api/v1/channels/": {
      put: {
        operationId: "updateChannel",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["id", "name"],
                additionalProperties: false,
                properties: { id: { type: "integer" }, name: { type: "string" } },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The channel",
            content: { "application/json": { schema: { type: "object" }, example: CHANNEL } },
          },
          "401": { description: "No key" },
          "422": { description: "Invalid" },
          "503": { description: "Down" },
        },
      },
    },
  },
};

let engine: MockEngine;
beforeAll(async () => {
  const described = { title: "Routes", version: "1", document: DOCUMENT };
  engine = await createMockEngine([
    { ...described, name: "fast", errorFormat: "fastapi" },
    { ...described, name: "twil", errorFormat: "twilio" },
  ]);
});

/** Sends one request through the prefix, as the gateway does; returns the answer and its entry. */
async function send(url: string, changes: Partial<MockRequest> & { body?: unknown } = {}) {
  const { pathname, searchParams } = new URL(url, "http://gateway");
  const { vendor, path } = engine.route(pathname);
  if (!vendor) throw new Error(`no vendor at ${pathname}`);
  const { body = CHANNEL, ...rest } = changes;
  const answered = (await engine.handle(vendor, {
    method: "PUT",
    path,
    query: Object.fromEntries(searchParams),
    headers: { "x-key": "k", "content-type": "application/json" },
    readBody: async () => Buffer.from(JSON.stringify(body)),
    ...rest,
  })) as MockResponse;
  const [entry] = engine.journal.list().slice(-1);
  return { answered, entry };
}

describe("a doubled slash after the prefix reaches the operation", () => {
  test.each(["/fast//api/v1/channels/", "/twil//api/v1/channels/", "/fast///api/v1/channels/"])(
    "%s: the operation's answer, the path journaled as received",
    async (url) => {
      const { answered, entry } = await send(url);
      expect(answered.status).toBe(200);
      expect(answered.body).toStrictEqual(CHANNEL);
      expect(entry).toMatchObject({
        operationId: "updateChannel",
        path: url.slice(url.indexOf("/", 1)),
        status: 200,
      });
    },
  );

  test("its request is still checked: a wrong body is the vendor's validation error", async () => {
    const { answered } = await send("/fast//api/v1/channels/", { body: { id: "one" } });
    expect(answered.status).toBe(422);
    expect(answered.body).toMatchObject({ detail: expect.any(Array) });
  });
});

describe("the other trailing-slash form: FastAPI's 307, other formats' 404", () => {
  test("a FastAPI vendor redirects to the operation's path, query kept, naming it in the journal", async () => {
    const { answered, entry } = await send("/fast/api/v1/channels?dry_run=true");
    expect(answered).toStrictEqual({
      status: 307,
      headers: {
        [REQUEST_ID_HEADER]: entry?.requestId,
        location: "/fast/api/v1/channels/?dry_run=true",
      },
      body: undefined,
    });
    expect(entry).toMatchObject({
      vendor: "fast",
      operationId: "updateChannel",
      path: "/api/v1/channels",
      query: { dry_run: "true" },
      status: 307,
    });
  });

  test("the redirect comes before any check of the request, as FastAPI's router does", async () => {
    const { answered } = await send("/fast/api/v1/channels", {
      headers: { "content-type": "text/plain" },
      body: "not json",
    });
    expect(answered.status).toBe(307);
  });

  test.each([
    { fault: "status=503", status: 307 },
    { fault: "delay=50", status: 307 },
    { fault: "reset", status: undefined },
  ])(
    "x-mock-fault: $fault — the redirect comes first, a status applies where it leads",
    async ({ fault, status }) => {
      const { answered, entry } = await send("/fast/api/v1/channels", {
        headers: { "x-key": "k", "content-type": "application/json", "x-mock-fault": fault },
      });
      if (status === undefined) expect(answered).toStrictEqual({ reset: true });
      else expect(answered.status).toBe(status);
      expect(entry).toMatchObject({ operationId: "updateChannel" });
      const followed = await send("/fast/api/v1/channels/", {
        headers: { "x-key": "k", "content-type": "application/json", "x-mock-fault": fault },
      });
      if (fault === "status=503") expect(followed.answered.status).toBe(503);
    },
  );

  test("a method the path does not have is redirected too, naming no operation", async () => {
    const { answered, entry } = await send("/fast/api/v1/channels", { method: "DELETE" });
    expect(answered.status).toBe(307);
    expect(answered.headers.location).toBe("/fast/api/v1/channels/");
    expect(entry).toMatchObject({ operationId: null, status: 307 });
  });

  test("another error format: 404 in its shape, naming no operation", async () => {
    const { answered, entry } = await send("/twil/api/v1/channels");
    expect(answered.status).toBe(404);
    expect(answered.headers.location).toBeUndefined();
    expect(answered.body).toMatchObject({ status: 404 });
    expect(entry).toMatchObject({ operationId: null, status: 404 });
  });
});
