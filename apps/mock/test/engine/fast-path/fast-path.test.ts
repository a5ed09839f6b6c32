/**
 * The fast path inside the engine: what it answers (counted by `fastPathStats`), what it leaves
 * to Prism, and that every answer is the one an engine without it gives.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { createMockEngine, type MockEngine } from "../../../src/engine/engine.js";
import { REQUEST_ID_HEADER } from "../../../src/engine/journal/request-id.js";
import type { MockRequest, MockResponse } from "../../../src/types.js";

const CHANNEL = { id: 7, name: "support", active: true, links: { self: "/channels/7" } };

const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Fast", version: "1" },
  components: { securitySchemes: { Key: { type: "apiKey", in: "header", name: "x-key" } } },
  security: [{ Key: [] }],
  paths: {
    "/channels/{channelId}": {
      parameters: [{ name: "channelId", in: "path", required: true, schema: { type: "integer" } }],
      put: {
        operationId: "updateChannel",
        parameters: [{ name: "limit", in: "query", schema: { type: "integer", maximum: 10 } }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                additionalProperties: false,
                properties: { name: { type: "string", minLength: 1 }, active: { type: "boolean" } },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The channel",
            headers: { "x-rate-limit": { schema: { type: "integer" }, example: 100 } },
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    id: { type: "integer" },
                    name: { type: "string" },
                    active: { type: "boolean" },
                    links: { type: "object", properties: { self: { type: "string" } } },
                  },
                },
                example: CHANNEL,
              },
            },
          },
          "401": { description: "No key" },
          "422": { description: "Invalid" },
          "503": { description: "Down" },
        },
      },
    },
  },
};

const VENDOR = { name: "fast", title: "Fast", version: "1", errorFormat: "fastapi" as const };

async function engineWith(options: Parameters<typeof createMockEngine>[1]) {
  return createMockEngine([{ ...VENDOR, document: DOCUMENT }], options);
}

interface Sent {
  path?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
}

function requestOf({ path = "/channels/7", query = {}, headers = {}, body }: Sent): MockRequest {
  const raw = Buffer.from(body === undefined ? "" : JSON.stringify(body));
  return {
    method: "PUT",
    path,
    query,
    headers: {
      "x-key": "secret",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      "content-length": String(raw.length),
      ...headers,
    },
    readBody: async () => raw,
  };
}

/** The answer without its request id (a new one each time, by design). */
async function send(
  engine: MockEngine,
  sent: Sent,
): Promise<Omit<MockResponse, "headers"> & { headers: Record<string, string> }> {
  const answer = await engine.handle(engine.vendors[0]!, requestOf(sent));
  if ("reset" in answer) throw new Error("reset");
  const { [REQUEST_ID_HEADER]: id, ...headers } = answer.headers;
  expect(id).toEqual(expect.any(String));
  return { ...answer, headers };
}

const answered = (engine: MockEngine) => engine.fastPathStats().answered;

let fast: MockEngine;
let prism: MockEngine;
beforeAll(async () => {
  [fast, prism] = await Promise.all([engineWith({}), engineWith({ fastPath: false })]);
});

const VALID: Sent = { body: { name: "sales" } };

describe("the fast path answers valid requests as Prism does", () => {
  test.each<[string, Sent]>([
    ["a valid update", VALID],
    ["the same update again (from the kept answer)", VALID],
    ["another update, echoed into the kept answer", { body: { name: "billing", active: false } }],
    ["a path parameter echoed as the id", { path: "/channels/42", body: { name: "x" } }],
    ["a valid numeric query parameter", { query: { limit: "3" }, body: { name: "x" } }],
    [
      "an Accept Prism has a content for",
      { headers: { accept: "application/json" }, body: VALID.body },
    ],
    ["an empty body object", { body: {} }],
  ])("%s", async (_, sent) => {
    const before = answered(fast);
    const [got, expected] = await Promise.all([send(fast, sent), send(prism, sent)]);
    expect(got).toEqual(expected);
    expect(got.status).toBe(200);
    expect(answered(fast) - before).toBe(1);
  });

  test("the kept answer is never changed by an echo", async () => {
    await send(fast, { body: { name: "first" } });
    const later = await send(fast, { path: "/channels/8", body: { active: false } });
    expect(later.body).toEqual({
      ...CHANNEL,
      id: 8,
      active: false,
      links: { self: "/channels/8" },
    });
  });

  test("counts by operation", () => {
    expect(fast.fastPathStats().byOperation["fast.updateChannel"]).toBe(answered(fast));
  });
});

describe("the fast path leaves to Prism what it cannot prove the same, with the same answer", () => {
  test.each<[string, Sent]>([
    ["a Prefer header", { headers: { prefer: "code=503" }, body: VALID.body }],
    ["an unknown Prefer code", { headers: { prefer: "code=299" }, body: VALID.body }],
    ["Prism's __code query parameter", { query: { __code: "503" }, body: VALID.body }],
    ["a fault header", { headers: { "x-mock-fault": "status=503" }, body: VALID.body }],
    ["a fault with no status", { headers: { "x-mock-fault": "delay=1" }, body: VALID.body }],
    ["a body that breaks the schema", { body: { name: "" } }],
    ["an unexpected property", { body: { name: "x", color: "red" } }],
    ["no body where one is required", {}],
    ["a body that is not JSON", { headers: { "content-type": "application/json" }, body: "{" }],
    ["an unaccepted media type", { headers: { "content-type": "text/plain" }, body: VALID.body }],
    ["an integer path parameter written as 0x10", { path: "/channels/0x10", body: VALID.body }],
    ["a query parameter over its maximum", { query: { limit: "11" }, body: VALID.body }],
    ["a query integer written as 1e1", { query: { limit: "1e1" }, body: VALID.body }],
    ["no credential", { headers: { "x-key": "" }, body: VALID.body }],
    ["an Accept Prism has no content for", { headers: { accept: "text/csv" }, body: VALID.body }],
  ])("%s", async (_, sent) => {
    const before = answered(fast);
    const [got, expected] = await Promise.all([send(fast, sent), send(prism, sent)]);
    expect(got).toEqual(expected);
    expect(answered(fast) - before).toBe(0);
  });

  test("a queued answer", async () => {
    fast.stubs.add({
      vendor: "fast",
      operation: "updateChannel",
      answer: { status: 503 },
      times: 1,
    });
    const before = answered(fast);
    expect((await send(fast, VALID)).status).toBe(503);
    expect(answered(fast) - before).toBe(0);
  });

  test("past a few Accept values per operation", async () => {
    const engine = await engineWith({});
    const accepts = [
      "*/*",
      "application/json",
      "application/*",
      "*/*;q=0.9",
      "application/json, */*",
    ];
    for (const accept of accepts) await send(engine, { headers: { accept }, body: VALID.body });
    expect(answered(engine)).toBe(4);
  });

  test.each<[string, Parameters<typeof createMockEngine>[1]]>([
    ["stateful mode", { stateful: true }],
    ["fastPath: false", { fastPath: false }],
  ])("every request with %s", async (_, options) => {
    const engine = await engineWith(options);
    expect((await send(engine, VALID)).status).toBe(200);
    expect(engine.fastPathStats()).toEqual({ answered: 0, byOperation: {} });
  });
});
