/*
 * The validating proxy as a user runs it: a gateway started with `proxy` and `har` in front of
 * a fake upstream, called over HTTP for every operation of every spec. The answer is the
 * upstream's, byte for byte, with the violation count; the HAR file is written on close, with
 * every exchange and no credential. (What is checked, and how, is test/engine/proxy/.)
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { VIOLATIONS_HEADER } from "../../../src/engine/proxy/proxy-answer.js";
import { createMockEngine } from "../../../src/engine/engine.js";
import { startMockGateway, type AnyVendors, type MockGateway } from "../../../src/index.js";
import {
  ANSWER_HEADER,
  conformingAnswer,
  startFakeUpstream,
  type FakeUpstream,
} from "../../support/fake-upstream.js";
import {
  loadSpecs,
  operationCases,
  SPECS,
  type OperationCase,
} from "../../engine/proxy/operation-requests.js";

const sources = await loadSpecs();
const cases = operationCases((await createMockEngine(sources)).vendors, sources);

let folder: string;
let upstream: FakeUpstream;
let gateway: MockGateway<AnyVendors>;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "switchboard-proxy-"));
  upstream = await startFakeUpstream((await createMockEngine(sources)).vendors);
  gateway = await startMockGateway({
    specs: SPECS,
    proxy: Object.fromEntries(sources.map(({ name }) => [name, upstream.baseUrl(name)])),
    har: path.join(folder, "exchanges.har"),
  });
});
afterAll(async () => {
  await upstream.close();
  await rm(folder, { recursive: true, force: true });
});

async function send(operation: OperationCase, answer: string): Promise<Response> {
  const request = operation.request();
  const query = new URLSearchParams(request.query as Record<string, string>).toString();
  const body = await request.readBody();
  return fetch(
    `${gateway.url}/${operation.vendor.name}${request.path}${query ? `?${query}` : ""}`,
    {
      method: request.method,
      headers: { ...(request.headers as Record<string, string>), [ANSWER_HEADER]: answer },
      body: body.length > 0 ? new Uint8Array(body) : undefined,
    },
  );
}

describe.each(cases)("$name through the gateway", (operation) => {
  test("a documented answer: the upstream's bytes, no violation", async () => {
    const response = await send(operation, "conforming");
    const sent = conformingAnswer(operation.route.operation);
    expect(response.status).toBe(sent.status);
    expect(response.headers.get(VIOLATIONS_HEADER)).toBe("0");
    expect(Buffer.from(await response.arrayBuffer())).toStrictEqual(sent.body);
  });

  test("an undocumented status: passed on, counted, and journaled at /status", async () => {
    const response = await send(operation, "status");
    expect(response.headers.get(VIOLATIONS_HEADER)).toBe("1");
    const [entry] = await gateway.requests({ operation: operation.route.operationId, limit: 1 });
    expect(entry?.status).toBe(response.status);
    expect(entry?.violations).toMatchObject([
      { in: "response", pointer: "/status", rule: "status" },
    ]);
  });
});

test("close writes the HAR file: every exchange, no credential", async () => {
  await gateway.close();
  const text = await readFile(path.join(folder, "exchanges.har"), "utf8");
  const har = JSON.parse(text) as { log: { version: string; entries: unknown[] } };
  expect(har.log.version).toBe("1.2");
  expect(har.log.entries).toHaveLength(cases.length * 2);
  for (const { secret } of cases) expect(text).not.toContain(secret);
});
