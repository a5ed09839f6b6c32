/**
 * The gateway's request journal under attack: a body nested thousands deep, bodies near the
 * 1 MiB limit, more bodies than the journal's byte bound holds, credentials in every content
 * type, in the path and in URLs, and a request target that is no URL. The journal stays
 * readable, bounded in entries and bytes, filterable, and shows no credential; the gateway's
 * own output shows no credential and no stack trace, even for clients that hang up mid-body.
 */
import { gateway } from "@switchboard/test-support";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";

import { startGatewayProcess } from "./support/gateway-process.js";
import { abortMidBody, sendRawText } from "./support/raw-http.js";

const CANARY = "canary-hostile-journal-5c1d";
const NUMERIC_CANARY = 730192846517;
/** The gateway's defaults: 1 MiB bodies, 16 MiB of journal. */
const BODY_LIMIT_BYTES = 1024 * 1024;
const JOURNAL_MAX_BYTES = 16 * 1024 * 1024;

interface Operation {
  vendor: string;
  operationId: string;
  method: string;
  url: string;
}

/** Every operation the gateway serves, by its health document, path parameters filled in. */
async function servedOperations(base: string): Promise<Operation[]> {
  const health = (await (await fetch(`${base}/__health`)).json()) as {
    specs: {
      prefix: string;
      baseUrl: string;
      operations: { operationId: string; method: string; path: string }[];
    }[];
  };
  return health.specs.flatMap((spec) =>
    spec.operations.map(({ operationId, method, path }) => ({
      vendor: spec.prefix,
      operationId,
      method,
      url: spec.baseUrl + path.replace(/\{[^{}]+\}/g, "1"),
    })),
  );
}

const base = () => gateway().url;

async function journalText(query = ""): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base()}/__journal${query}`);
  return { status: response.status, text: await response.text() };
}

async function journal(query = ""): Promise<Record<string, unknown>[]> {
  const { status, text } = await journalText(query);
  expect(status, text.slice(0, 300)).toBe(200);
  return JSON.parse(text) as Record<string, unknown>[];
}

async function clear(): Promise<void> {
  expect((await fetch(`${base()}/__journal`, { method: "DELETE" })).status).toBe(204);
}

function send(
  operation: Operation,
  body: BodyInit | undefined,
  headers: Record<string, string> = {},
) {
  return fetch(operation.url, { method: operation.method, headers, body }).then(
    async (response) => {
      await response.arrayBuffer();
      return response.status;
    },
  );
}

const jsonHeaders = { "content-type": "application/json" };

let operations: Operation[];
beforeEach(async () => {
  operations ??= await servedOperations(base());
  await clear();
});
afterAll(clear);

describe("the journal stays readable", () => {
  test.each([3_000, 400_000])("after a JSON body nested %i deep", async (depth) => {
    const [operation] = operations;
    await send(operation!, "[".repeat(depth) + "]".repeat(depth), jsonHeaders);
    const [entry] = await journal();
    expect(JSON.stringify(entry?.body)).toContain("[TOO DEEP]");
    expect((await fetch(`${base()}/__health`)).status).toBe(200);
  });
});

describe("the journal is bounded", () => {
  test("a body near the 1 MiB limit is kept as a redacted preview with its size", async () => {
    const [operation] = operations;
    const head = { password: CANARY, pin: NUMERIC_CANARY };
    const note = "x".repeat(BODY_LIMIT_BYTES - 1024);
    const body = JSON.stringify({ ...head, note });
    for (let n = 0; n < 5; n++) await send(operation!, body, jsonHeaders);

    const { text } = await journalText();
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(String(NUMERIC_CANARY));
    // Five entries of previews, not five megabytes.
    expect(text.length).toBeLessThan(64 * 1024);
    const entries = JSON.parse(text) as { body: unknown }[];
    expect(entries).toHaveLength(5);
    for (const entry of entries) {
      expect(entry.body).toStrictEqual({
        $omitted: "truncated",
        mediaType: "application/json",
        bytes: Buffer.byteLength(body),
        preview: expect.stringMatching(
          /^\{"password":"\[REDACTED\]","pin":"\[REDACTED\]","note":"x+$/,
        ),
      });
    }
  });

  test("more bodies than 16 MiB holds: the oldest are dropped, the listing stays under it", async () => {
    const [operation] = operations;
    const count = 300;
    const note = "y".repeat(60 * 1024);
    for (let n = 0; n < count; n++) {
      await send(operation!, JSON.stringify({ n, note }), {
        ...jsonHeaders,
        "x-sequence": String(n),
      });
    }
    const { text } = await journalText();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(JOURNAL_MAX_BYTES + count + 2);
    const sequence = (JSON.parse(text) as { headers: Record<string, string> }[]).map((entry) =>
      Number(entry.headers["x-sequence"]),
    );
    expect(sequence.length).toBeLessThan(count);
    expect(sequence.length).toBeGreaterThan(count / 2);
    // The newest, in the order they came.
    expect(sequence).toStrictEqual(
      Array.from({ length: sequence.length }, (_, index) => count - sequence.length + index),
    );
  });
});

describe("the journal is filtered by query parameters", () => {
  test("vendor, operation and limit: the newest matching entries, oldest first", async () => {
    const first = operations[0]!;
    const other = operations.find(
      ({ vendor, operationId }) => vendor !== first.vendor && operationId !== first.operationId,
    )!;
    const sent = [first, first, other, first, other];
    for (const [index, operation] of sent.entries()) {
      await send(operation, "{}", { ...jsonHeaders, "x-sequence": String(index) });
    }
    const sequences = async (query: string) =>
      (await journal(query)).map((entry) =>
        Number((entry.headers as Record<string, string>)["x-sequence"]),
      );

    expect(await sequences("")).toStrictEqual([0, 1, 2, 3, 4]);
    expect(await sequences("?limit=2")).toStrictEqual([3, 4]);
    expect(await sequences(`?vendor=${first.vendor}`)).toStrictEqual([0, 1, 3]);
    expect(await sequences(`?vendor=${first.vendor}&limit=2`)).toStrictEqual([1, 3]);
    expect(await sequences(`?operation=${other.operationId}`)).toStrictEqual([2, 4]);
  });

  test.each([
    { query: "limit=0", says: /limit: must be a whole number greater than 0/ },
    { query: "limit=-3", says: /limit: must be a whole number greater than 0/ },
    { query: "limit=2.5", says: /limit: must be a whole number greater than 0/ },
    { query: "limit=ten", says: /limit: must be a whole number greater than 0/ },
    { query: "vendor=no-such-vendor", says: /vendor: must be a vendor the gateway serves/ },
    { query: "operation=noSuchOperation", says: /operation: must be the operationId/ },
    { query: "colour=red", says: /colour: unknown parameter/ },
  ])("?$query is a 400 naming the parameter and its rule", async ({ query, says }) => {
    const { status, text } = await journalText(`?${query}`);
    expect(status).toBe(400);
    expect((JSON.parse(text) as { error: string }).error).toMatch(says);
  });
});

describe("no credential reaches the journal", () => {
  const form = "application/x-www-form-urlencoded";
  test.each([
    { name: "text", contentType: "text/plain", body: `password=${CANARY}` },
    {
      name: "XML",
      contentType: "application/xml",
      body: `<login><passwd>${CANARY}</passwd></login>`,
    },
    { name: "malformed JSON", contentType: "application/json", body: `{"secret": "${CANARY}",` },
    { name: "no content type", contentType: undefined, body: `{"token": "${CANARY}"}` },
    {
      name: "JSON: numbers, pin, passwd, a URL",
      contentType: "application/json",
      body: JSON.stringify({
        pin: NUMERIC_CANARY,
        passwd: CANARY,
        callback: `https://x.test/hook?access_token=${CANARY}`,
      }),
    },
    {
      name: "a form, with a field holding undeclared JSON",
      contentType: form,
      body: `passwd=${CANARY}&Note=${encodeURIComponent(JSON.stringify({ api_key: CANARY }))}`,
    },
  ])("a body as $name", async ({ contentType, body }) => {
    const [operation] = operations;
    await send(operation!, Buffer.from(body), contentType ? { "content-type": contentType } : {});
    const { text } = await journalText();
    expect(JSON.parse(text)).toHaveLength(1);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(String(NUMERIC_CANARY));
  });

  test("in the query, a path segment, a URL-valued query parameter and headers", async () => {
    const [operation] = operations;
    const url = new URL(operation!.url);
    url.pathname += `;token=${CANARY}`;
    url.searchParams.set("api_key", CANARY);
    url.searchParams.set("next", `https://x.test/?client_secret=${CANARY}`);
    await fetch(url, {
      method: operation!.method,
      headers: { ...jsonHeaders, "x-api-key": CANARY, referer: `https://x.test/?pwd=${CANARY}` },
      body: "{}",
    });
    const { text } = await journalText();
    expect(JSON.parse(text)).toHaveLength(1);
    expect(text).not.toContain(CANARY);
  });

  test("a request target that is not a URL is a 400, and the gateway keeps serving", async () => {
    const status = await sendRawText(
      base(),
      `GET http://%zz/x?api_key=${CANARY} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    expect(status).toBe("HTTP/1.1 400 Bad Request");
    expect((await fetch(`${base()}/__health`)).status).toBe(200);
  });
});

describe("the gateway's own output", () => {
  test("shows no credential and no stack trace, even for clients that hang up mid-body", async () => {
    const child = await startGatewayProcess();
    try {
      const [operation] = await servedOperations(child.url);
      const target = `${new URL(operation!.url).pathname}?api_key=${CANARY}`;
      const sends = [
        fetch(`${child.url}${target}`, {
          method: operation!.method,
          headers: jsonHeaders,
          body: JSON.stringify({ password: CANARY }),
        }),
        fetch(`${child.url}${target}`, { method: operation!.method, body: `password=${CANARY}` }),
        fetch(`${child.url}/__journal?token=${CANARY}`),
      ];
      await Promise.all(sends.map((sent) => sent.then((response) => response.arrayBuffer())));
      const aborted = 5;
      for (let n = 0; n < aborted; n++) {
        await abortMidBody(child.url, target, `{"password": "${CANARY}", "note": "`);
      }
      await sendRawText(child.url, `GET http://%zz${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
      // Every aborted request reached the gateway (journaled, never answered) before it stops.
      await vi.waitFor(async () => {
        const entries = (await (await fetch(`${child.url}/__journal`)).json()) as {
          status: unknown;
        }[];
        expect(entries.filter((entry) => entry.status === null)).toHaveLength(aborted);
      });
    } finally {
      const { stdout, stderr } = await child.stop();
      const printed = `${stdout}\n${stderr}`;
      expect(printed).not.toContain(CANARY);
      expect(printed).not.toMatch(/^\s+at /m);
      expect(stderr).toBe("");
    }
  });
});
