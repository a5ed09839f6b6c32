/*
 * The proxied exchanges as a HAR 1.2 file: one entry per exchange, with the journal's request
 * id and the violations, and credentials redacted as the journal redacts them.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMockEngine, type MockEngine } from "../../../src/engine/engine.js";
import { harEntry, type RecordedExchange } from "../../../src/engine/proxy/har-entry.js";
import type { Har } from "../../../src/engine/proxy/har-recorder.js";
import {
  ANSWER_HEADER,
  startFakeUpstream,
  type FakeUpstream,
} from "../../support/fake-upstream.js";
import { loadSpecs, operationCases } from "./operation-requests.js";

const sources = await loadSpecs();
const served = await createMockEngine(sources);
const cases = operationCases(served.vendors, sources);
const QUERY_SECRET = "query-canary-8d1";

let folder: string;
let upstream: FakeUpstream;
let engine: MockEngine;
let har: Har;
let written: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "switchboard-har-"));
  upstream = await startFakeUpstream(served.vendors);
  const proxy = Object.fromEntries(sources.map(({ name }) => [name, upstream.baseUrl(name)]));
  engine = await createMockEngine(sources, { proxy, har: { path: path.join(folder, "out.har") } });
  for (const operation of cases) {
    const vendor = engine.vendors.find(({ name }) => name === operation.vendor.name)!;
    const request = operation.request({ query: { api_key: QUERY_SECRET, page: "2" } });
    await engine.handle(vendor, request);
    await engine.handle(vendor, {
      ...request,
      headers: { ...request.headers, [ANSWER_HEADER]: "status" },
    });
  }
  await engine.flush();
  written = await readFile(path.join(folder, "out.har"), "utf8");
  har = JSON.parse(written) as Har;
});
afterAll(async () => {
  await upstream.close();
  await rm(folder, { recursive: true, force: true });
});

describe("the HAR file engine.flush() writes", () => {
  test("is HAR 1.2, one entry per exchange, each naming its journal entry", () => {
    expect(har.log).toMatchObject({ version: "1.2", creator: { name: "@switchboard/mock" } });
    const journaled = engine.journal.list().map(({ requestId }) => requestId);
    expect(har.log.entries.map(({ _requestId }) => _requestId)).toStrictEqual(journaled);
    expect(har.log.entries).toHaveLength(cases.length * 2);
  });

  test("each entry: where it went, what came back, and the violations", () => {
    const [documented, drifted] = har.log.entries;
    const [operation] = cases;
    expect(documented?.request.url).toMatch(
      new RegExp(`^${upstream.baseUrl(operation!.vendor.name)}/`),
    );
    expect(documented?.request.queryString).toStrictEqual([
      { name: "api_key", value: "[REDACTED]" },
      { name: "page", value: "2" },
    ]);
    expect(documented?.response).toMatchObject({
      status: 200,
      content: { text: expect.any(String) },
    });
    expect(documented?._violations).toStrictEqual([]);
    expect(drifted?.response.status).toBe(418);
    expect(drifted?._violations).toMatchObject([{ pointer: "/status", rule: "status" }]);
  });

  test.each(cases)("$name: its credentials are redacted", (operation) => {
    const entries = har.log.entries.filter(({ request }) =>
      request.url.startsWith(`${upstream.baseUrl(operation.vendor.name)}/`),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const sent = Object.fromEntries(
        entry.request.headers.map(({ name, value }) => [name, value]),
      );
      for (const name of Object.keys(operation.credentials))
        expect(sent[name]).toMatch(/^(\w+ )?\[REDACTED\]$/);
    }
    expect(written).not.toContain(operation.secret);
    for (const value of Object.values(operation.credentials)) expect(written).not.toContain(value);
  });

  test("no query credential anywhere, the URL included", () => {
    expect(written).not.toContain(QUERY_SECRET);
  });
});

describe("harEntry keeps only bodies it can redact", () => {
  const exchange = (
    request: { contentType?: string; body: string },
    response: { contentType?: string; body: string },
  ): RecordedExchange => ({
    requestId: "r1",
    url: new URL("http://upstream/v1/things;token=abc/x"),
    startedAt: new Date(0),
    timings: { wait: 3, receive: 1 },
    request: {
      method: "POST",
      headers: request.contentType ? [["content-type", request.contentType]] : [],
      query: {},
      rawBody: Buffer.from(request.body),
      jsonFormFields: new Set(["Routing"]),
    },
    response: {
      status: 200,
      headers: response.contentType ? { "content-type": response.contentType } : {},
      body: Buffer.from(response.body),
    },
    violations: [],
  });

  test.each([
    {
      name: "JSON: parsed, its credentials redacted",
      request: { contentType: "application/json", body: '{"password":"pw-1","name":"n"}' },
      postData: { text: '{"password":"[REDACTED]","name":"n"}' },
    },
    {
      name: "a form: its fields, credentials redacted, JSON fields as JSON",
      request: {
        contentType: "application/x-www-form-urlencoded",
        body: "AuthToken=pw-1&Routing=%7B%22a%22%3A1%7D",
      },
      postData: {
        text: "",
        params: [
          { name: "AuthToken", value: "[REDACTED]" },
          { name: "Routing", value: '{"a":1}' },
        ],
      },
    },
    {
      name: "text: left out",
      request: { contentType: "text/plain", body: "password=pw-1" },
      postData: { text: "", comment: expect.stringMatching(/^Not kept/) },
    },
  ])("request body, $name", ({ request, postData }) => {
    const entry = harEntry(exchange(request, { body: "" }));
    expect(entry.request.postData).toStrictEqual({ mimeType: request.contentType, ...postData });
    expect(JSON.stringify(entry)).not.toContain("pw-1");
  });

  test.each([
    {
      name: "JSON: its credentials redacted",
      response: { contentType: "application/json", body: '{"access_token":"tk-1"}' },
      content: { text: '{"access_token":"[REDACTED]"}' },
    },
    {
      name: "HTML: left out",
      response: { contentType: "text/html", body: "<p>token=tk-1</p>" },
      content: { comment: expect.stringMatching(/^Not kept/) },
    },
    { name: "none", response: { body: "" }, content: {} },
  ])("response body, $name", ({ response, content }) => {
    const entry = harEntry(exchange({ body: "" }, response));
    expect(entry.response.content).toStrictEqual({
      size: Buffer.byteLength(response.body),
      mimeType: response.contentType ?? "",
      ...content,
    });
    expect(JSON.stringify(entry)).not.toContain("tk-1");
  });

  test("a path segment holding a credential is redacted in the URL", () => {
    const entry = harEntry(exchange({ body: "" }, { body: "" }));
    expect(entry.request.url).toBe("http://upstream/v1/[REDACTED]/x");
    expect(entry.time).toBe(4);
  });
});
