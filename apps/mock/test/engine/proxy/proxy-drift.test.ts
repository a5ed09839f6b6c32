/*
 * The validating proxy against a fake upstream, for every operation of every spec: a documented
 * answer passes through untouched with no violation, and each drift the fake derives from the
 * spec (an unlisted enum value, a missing required property, a wrong type, an undocumented
 * status) passes through untouched too, reported once with its JSON Pointer and rule.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMockEngine, type MockEngine } from "../../../src/engine/engine.js";
import { VIOLATIONS_HEADER } from "../../../src/engine/proxy/proxy-answer.js";
import type { MockRequest, MockResponse } from "../../../src/types.js";
import {
  ANSWER_HEADER,
  conformingAnswer,
  driftsOf,
  startFakeUpstream,
  type FakeAnswer,
  type FakeUpstream,
} from "../../support/fake-upstream.js";
import { loadSpecs, operationCases, type OperationCase } from "./operation-requests.js";

const sources = await loadSpecs();
// The vendors as the engine reads them, for the cases and the fake; the proxy's engine is below.
const served = await createMockEngine(sources);
const cases = operationCases(served.vendors, sources);

let upstream: FakeUpstream;
let engine: MockEngine;
beforeAll(async () => {
  upstream = await startFakeUpstream(served.vendors);
  const proxy = Object.fromEntries(sources.map(({ name }) => [name, upstream.baseUrl(name)]));
  engine = await createMockEngine(sources, { proxy });
});
afterAll(() => upstream.close());

async function send(operation: OperationCase, request: MockRequest) {
  const vendor = engine.vendors.find(({ name }) => name === operation.vendor.name)!;
  const answer = await engine.handle(vendor, request);
  if ("reset" in answer) throw new Error("unexpected reset");
  const entry = engine.journal.list().at(-1)!;
  return { answer, entry };
}

/** The answer is the upstream's: its status, each of its headers, its body byte for byte. */
function expectUntouched(answer: MockResponse, sent: FakeAnswer) {
  expect(answer.status).toBe(sent.status);
  expect(answer.headers).toMatchObject(sent.headers);
  expect(Buffer.from(answer.body as string)).toStrictEqual(sent.body);
}

test("every spec has operations, and every kind of drift is derived from some of them", () => {
  expect(cases.length).toBeGreaterThanOrEqual(sources.length);
  const kinds = new Set(cases.flatMap(({ route }) => driftsOf(route.operation)).map((d) => d.kind));
  expect([...kinds].sort()).toStrictEqual(["enum", "required", "status", "type"]);
});

describe.each(cases)("$name", (operation) => {
  test("a documented answer: passed through untouched, no violation", async () => {
    const { answer, entry } = await send(operation, operation.request());
    expectUntouched(answer, conformingAnswer(operation.route.operation));
    expect(answer.headers[VIOLATIONS_HEADER]).toBe("0");
    expect(entry).toMatchObject({ operationId: operation.route.operationId, violations: [] });
    expect(entry.status).toBe(answer.status);
  });

  const drifts = driftsOf(operation.route.operation);
  test("the fake derives drifts for it", () => {
    expect(drifts.length).toBeGreaterThan(0);
  });

  test.each(drifts)(
    "drift $kind: passed through untouched, reported at its pointer",
    async (drift) => {
      const request = operation.request();
      const { answer, entry } = await send(operation, {
        ...request,
        headers: { ...request.headers, [ANSWER_HEADER]: drift.kind },
      });
      expectUntouched(answer, drift.answer);
      expect(answer.headers[VIOLATIONS_HEADER]).toBe("1");
      expect(entry.violations).toStrictEqual([
        { in: "response", ...drift.expected, message: expect.any(String) },
      ]);
    },
  );

  test("missing credentials: still forwarded, reported where the scheme puts them", async () => {
    const request = operation.request();
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => !(name in operation.credentials)),
    );
    const { answer, entry } = await send(operation, { ...request, headers });
    expectUntouched(answer, conformingAnswer(operation.route.operation));
    expect(answer.headers[VIOLATIONS_HEADER]).toBe("1");
    const [credential] = Object.keys(operation.credentials);
    expect(entry.violations).toStrictEqual([
      {
        in: "request",
        pointer: `/headers/${credential}`,
        rule: "security",
        message: expect.any(String),
      },
    ]);
  });
});
