/**
 * What is the MSW transport's own: where its handlers answer, that nothing opens a port, and
 * how a dropped connection and an oversized body look to `fetch`. The behaviour they share with
 * the gateway is tested once for both (test/control/mock-control.test.ts, the contract suite).
 */
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AnyVendors } from "../../../src/index.js";
import { createMockHandlers, type MockHandlers } from "../../../src/msw.js";
import { QUEUES_SPEC } from "../../support/queues-vendor.js";

const ORIGIN = "http://queues.test";

let mock: MockHandlers<AnyVendors>;
const server = setupServer();
beforeAll(async () => {
  mock = await createMockHandlers({ specs: QUEUES_SPEC, origin: ORIGIN, bodyLimitBytes: 1024 });
  server.use(
    ...mock.handlers,
    // Anything else is answered by the test's own handler, to show the mock's leave it alone.
    http.all("*", () => HttpResponse.text("not the mock", { status: 418 })),
  );
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(() => server.close());

function update(body: string, headers: Record<string, string> = {}): Promise<Response> {
  const { token, baseUrl } = mock.switchboardOptions().queues!;
  return fetch(`${baseUrl}/v1/queues/q1`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body,
  });
}

describe("where the handlers answer", () => {
  test("at the origin given, every vendor under its prefix and the reserved paths beside", async () => {
    expect(mock.vendors).toStrictEqual({ queues: `${ORIGIN}/queues` });
    expect((await update('{"paused":true}')).status).toBe(200);
    const health = (await (await fetch(`${ORIGIN}/__health`)).json()) as {
      specs: { baseUrl: string }[];
    };
    expect(health.specs.map(({ baseUrl }) => baseUrl)).toStrictEqual([`${ORIGIN}/queues`]);
  });

  test.each([
    ["another origin", "http://elsewhere.test/queues/v1/queues/q1"],
    ["another port of the same host", "http://queues.test:8081/queues/v1/queues/q1"],
    ["a host that only starts like it", "http://queues.testing/queues/v1/queues/q1"],
  ])("not at %s", async (_, url) => {
    const response = await fetch(url, { method: "PATCH" });
    expect([response.status, await response.text()]).toStrictEqual([418, "not the mock"]);
  });

  test("an unknown prefix at the origin is the gateway's own 404 naming the prefixes", async () => {
    const response = await fetch(`${ORIGIN}/nope/v1`);
    expect(response.status).toBe(404);
    expect(await response.json()).toStrictEqual({
      error: "No vendor at /nope; the gateway serves /queues",
    });
  });
});

describe("what fetch sees", () => {
  test("a queued reset is a network error, journaled without a status", async () => {
    await mock.stub({
      vendor: "queues",
      operation: "updateQueue",
      times: 1,
      answer: { reset: true },
    });
    await expect(update('{"paused":true}')).rejects.toThrow(TypeError);
    const [entry] = await mock.requests({ vendor: "queues" }).then((entries) => entries.slice(-1));
    expect(entry).toMatchObject({ operationId: "updateQueue", status: null });
  });

  test("a body over bodyLimitBytes is a 413 in the vendor's shape", async () => {
    const response = await update(JSON.stringify({ paused: true, note: "x".repeat(2048) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toStrictEqual({
      detail: "Request body is larger than 1024 bytes",
    });
  });

  test("the journal reads as one JSON document, however many pieces it is sent in", async () => {
    await mock.reset();
    for (let index = 0; index < 3; index += 1) await update('{"paused":true}');
    const response = await fetch(`${ORIGIN}/__journal`);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(((await response.json()) as unknown[]).length).toBe(3);
  });
});

describe("the helpers", () => {
  test("call the engine directly, so they work while MSW is not listening", async () => {
    server.close();
    try {
      await mock.reset();
      const response = await mock.fetch(`${ORIGIN}/__journal`);
      expect(await response.json()).toStrictEqual([]);
      expect(await mock.stubs()).toStrictEqual([]);
    } finally {
      server.listen({ onUnhandledRequest: "error" });
    }
  });
});

describe("options", () => {
  test.each([
    ["a path after the origin", "http://mock.test/api"],
    ["a scheme other than http(s)", "ftp://mock.test"],
    ["no URL at all", "mock.test"],
  ])("an origin with %s is refused, naming the option", async (_, origin) => {
    await expect(createMockHandlers({ specs: QUEUES_SPEC, origin })).rejects.toThrow(
      `origin must be an http(s) origin (scheme://host[:port], nothing after it), got "${origin}"`,
    );
  });
});
