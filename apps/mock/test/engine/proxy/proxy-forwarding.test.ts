/*
 * What the validating proxy passes on, and what it keeps to itself: credentials reach the
 * upstream untouched and no journal; hop-by-hop and the gateway's own headers stay behind; a
 * fault or queued answer stands in front of the upstream; an upstream that is down or silent
 * is the gateway's own 502 or 504.
 */
import { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";
import { readErrorBody } from "@switchboard/client-runtime/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMockEngine, type MockEngine } from "../../../src/engine/engine.js";
import { REQUEST_ID_HEADER } from "../../../src/engine/journal/request-id.js";
import { VIOLATIONS_HEADER } from "../../../src/engine/proxy/proxy-answer.js";
import type { MockRequest, MockResponse } from "../../../src/types.js";
import {
  ANSWER_HEADER,
  conformingAnswer,
  startFakeUpstream,
  UPSTREAM_ID_HEADER,
  type FakeUpstream,
} from "../../support/fake-upstream.js";
import { loadSpecs, operationCases, type OperationCase } from "./operation-requests.js";

const sources = await loadSpecs();
const served = await createMockEngine(sources);
const cases = operationCases(served.vendors, sources);
const [sample, other] = [cases[0]!, cases.find(({ vendor }) => vendor !== cases[0]?.vendor)!];

let upstream: FakeUpstream;
/** Proxies every vendor. */
let engine: MockEngine;
beforeAll(async () => {
  upstream = await startFakeUpstream(served.vendors);
  const proxy = Object.fromEntries(sources.map(({ name }) => [name, upstream.baseUrl(name)]));
  engine = await createMockEngine(sources, { proxy });
});
afterAll(() => upstream.close());

async function send(operation: OperationCase, request: MockRequest, through = engine) {
  const vendor = through.vendors.find(({ name }) => name === operation.vendor.name)!;
  const answer = await through.handle(vendor, request);
  const entry = through.journal.list().at(-1)!;
  return { answer, entry, reached: upstream.received.at(-1) };
}

function answered(answer: Awaited<ReturnType<typeof send>>["answer"]): MockResponse {
  if ("reset" in answer) throw new Error("unexpected reset");
  return answer;
}

function withHeaders(operation: OperationCase, headers: Record<string, string>): MockRequest {
  const request = operation.request();
  return { ...request, headers: { ...request.headers, ...headers } };
}

describe.each(cases)("$name", (operation) => {
  test("its credentials reach the upstream untouched, and the journal redacted", async () => {
    const { entry, reached } = await send(operation, operation.request());
    for (const [name, value] of Object.entries(operation.credentials)) {
      expect(reached?.headers[name]).toBe(value);
      expect(JSON.stringify(entry)).not.toContain(value);
    }
    expect(JSON.stringify(entry)).not.toContain(operation.secret);
  });

  test("the path below the prefix, the query and the raw body are passed on", async () => {
    const request = operation.request({ query: { extra: "1", list: ["a", "b c"] } });
    const { reached } = await send(operation, request);
    expect(reached?.url).toBe(`/${operation.vendor.name}${request.path}?extra=1&list=a&list=b+c`);
    expect(reached?.method).toBe(operation.route.method);
    expect(reached?.body).toStrictEqual(await request.readBody());
  });
});

describe("headers", () => {
  test("hop-by-hop headers, those Connection names and the fault header stay behind", async () => {
    const { reached } = await send(
      sample,
      withHeaders(sample, {
        connection: "keep-alive, x-this-hop",
        "x-this-hop": "1",
        "keep-alive": "timeout=5",
        "proxy-authorization": "Basic cHJveHk6cHc=",
        te: "trailers",
        "x-mock-fault": "delay=1",
        "accept-encoding": "gzip, br",
        prefer: "respond-async",
        "x-custom": "kept",
      }),
    );
    const names = Object.keys(reached?.headers ?? {});
    for (const name of ["x-this-hop", "keep-alive", "proxy-authorization", "te", "x-mock-fault"])
      expect(names).not.toContain(name);
    expect(reached?.headers).toMatchObject({
      prefer: "respond-async",
      "x-custom": "kept",
      "accept-encoding": "identity",
    });
  });

  test("the answer loses hop-by-hop headers and keeps the upstream's others", async () => {
    const answer = answered((await send(sample, sample.request())).answer);
    expect(Object.keys(answer.headers)).not.toContain("connection");
    expect(Object.keys(answer.headers)).not.toContain("keep-alive");
    expect(Object.keys(answer.headers)).not.toContain("content-length");
    expect(answer.headers).toMatchObject({ "x-upstream": "fake", date: expect.any(String) });
  });

  test("the journal's request id where the upstream sends none, the upstream's where it does", async () => {
    const own = await send(sample, sample.request());
    expect(answered(own.answer).headers[REQUEST_ID_HEADER]).toBe(own.entry.requestId);
    const theirs = await send(sample, withHeaders(sample, { [UPSTREAM_ID_HEADER]: "up-42" }));
    expect(answered(theirs.answer).headers[REQUEST_ID_HEADER]).toBe("up-42");
    expect(theirs.entry.requestId).not.toBe("up-42");
  });
});

describe("bodies", () => {
  test("a compressed answer reaches the client decoded, without its Content-Encoding", async () => {
    const answer = answered(
      (await send(sample, withHeaders(sample, { [ANSWER_HEADER]: "gzip" }))).answer,
    );
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.body).toBe(conformingAnswer(sample.route.operation).body.toString("utf8"));
    expect(answer.headers[VIOLATIONS_HEADER]).toBe("0");
  });

  test("bytes that are not UTF-8 text are passed on as bytes", async () => {
    const { answer, entry } = await send(
      sample,
      withHeaders(sample, { [ANSWER_HEADER]: "binary" }),
    );
    expect(answered(answer).body).toStrictEqual(Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x41]));
    expect(entry.violations).toContainEqual(
      expect.objectContaining({
        in: "response",
        pointer: "/headers/content-type",
        rule: "media_type",
      }),
    );
  });
});

test("the journal counts an entry's violations in its bytes, and lists them as it serializes them", async () => {
  const fresh = await createMockEngine(sources, {
    proxy: { [sample.vendor.name]: upstream.baseUrl(sample.vendor.name) },
  });
  await send(sample, withHeaders(sample, { [ANSWER_HEADER]: "status" }), fresh);
  await send(sample, sample.request(), fresh);
  const listed = fresh.journal.list();
  expect(listed.map(({ violations }) => violations?.length)).toStrictEqual([1, 0]);
  expect([...fresh.journal.jsonChunks()].join("")).toBe(JSON.stringify(listed));
  // The listing's brackets and the comma between its two entries are not an entry's; each
  // status is counted as the longest it can be written (`null`, one more than three digits).
  expect(fresh.journal.bytes).toBe(Buffer.byteLength(JSON.stringify(listed)) - 3 + 2);
});

describe("requests the spec has no operation for are passed on, and reported", () => {
  test.each([
    { method: sample.route.method, path: "/no/such/path", pointer: "/path", rule: "path" },
    { method: "DELETE", path: sample.request().path, pointer: "/method", rule: "method" },
  ])("$method $path: $rule", async ({ method, path, pointer, rule }) => {
    const { answer, entry, reached } = await send(sample, sample.request({ method, path }));
    expect(reached?.url).toBe(`/${sample.vendor.name}${path}`);
    expect(answered(answer).status).toBe(404);
    expect(entry.violations).toStrictEqual([
      { in: "request", pointer, rule, message: expect.any(String) },
    ]);
  });
});

describe("in front of the upstream: faults and queued answers", () => {
  test.each([
    { fault: "status=503", status: 503 },
    { fault: "status=429;retry-after=1", status: 429 },
  ])(
    "x-mock-fault: $fault is answered by the mock; the upstream sees nothing",
    async ({ fault, status }) => {
      const before = upstream.received.length;
      const { answer, entry } = await send(sample, withHeaders(sample, { "x-mock-fault": fault }));
      expect(answered(answer).status).toBe(status);
      expect(answered(answer).headers[VIOLATIONS_HEADER]).toBeUndefined();
      expect(entry.violations).toBeUndefined();
      expect(upstream.received.length).toBe(before);
    },
  );

  test("x-mock-fault: reset drops the connection without reaching the upstream", async () => {
    const before = upstream.received.length;
    const { answer } = await send(sample, withHeaders(sample, { "x-mock-fault": "reset" }));
    expect(answer).toStrictEqual({ reset: true });
    expect(upstream.received.length).toBe(before);
  });

  test("a queued status stands in for the upstream; a queued delay alone does not", async () => {
    const vendor = sample.vendor.name;
    const operation = sample.route.operationId;
    engine.stubs.add({ vendor, operation, times: 1, answer: { status: 500 } });
    engine.stubs.add({ vendor, operation, times: 1, answer: { delayMs: 1 } });
    const before = upstream.received.length;
    const delayed = await send(sample, sample.request());
    expect(answered(delayed.answer).headers[VIOLATIONS_HEADER]).toBe("0");
    expect(upstream.received.length).toBe(before + 1);
    const stubbed = await send(sample, sample.request());
    expect(answered(stubbed.answer).status).toBe(500);
    expect(upstream.received.length).toBe(before + 1);
  });

  test("a vendor not proxied is mocked as before", async () => {
    const partial = await createMockEngine(sources, {
      proxy: { [sample.vendor.name]: upstream.baseUrl(sample.vendor.name) },
    });
    const before = upstream.received.length;
    const { answer, entry } = await send(other, other.request(), partial);
    expect(answered(answer).status).toBe(200);
    expect(answered(answer).headers[VIOLATIONS_HEADER]).toBeUndefined();
    expect(entry.violations).toBeUndefined();
    expect(upstream.received.length).toBe(before);
  });
});

describe("an upstream that gives no answer", () => {
  test("unreachable: a 502 of the gateway's own, in the vendor's error shape, journaled", async () => {
    const closed = await startFakeUpstream(served.vendors);
    await closed.close();
    const down = await createMockEngine(sources, {
      proxy: { [sample.vendor.name]: closed.baseUrl(sample.vendor.name) },
    });
    const { answer, entry } = await send(sample, sample.request(), down);
    const response = answered(answer);
    expect(response.status).toBe(502);
    expect(response.headers[MOCK_SOURCE_HEADER]).toBe(GATEWAY_SOURCE);
    expect(response.headers[VIOLATIONS_HEADER]).toBe("0");
    const { message } = readErrorBody(JSON.parse(response.body as string));
    expect(message).toMatch(/could not be reached \(ECONNREFUSED\)/);
    expect(message).not.toContain(sample.secret);
    expect(entry).toMatchObject({ status: 502, violations: [] });
  });

  test("silent past the timeout: a 504 of the gateway's own", async () => {
    const slow = await createMockEngine(sources, {
      proxy: { [sample.vendor.name]: upstream.baseUrl(sample.vendor.name) },
      upstreamTimeoutMs: 50,
    });
    const { answer, entry } = await send(
      sample,
      withHeaders(sample, { [ANSWER_HEADER]: "hang" }),
      slow,
    );
    const response = answered(answer);
    expect(response.status).toBe(504);
    expect(response.headers[MOCK_SOURCE_HEADER]).toBe(GATEWAY_SOURCE);
    expect(readErrorBody(JSON.parse(response.body as string)).message).toMatch(/within 50 ms/);
    expect(entry.status).toBe(504);
  });
});
