import { describe, expect, test } from "vitest";
import {
  Journal,
  type JournalOptions,
  type ReceivedRequest,
} from "../../../src/engine/journal/journal.js";

function request(n: number, overrides: Partial<ReceivedRequest> = {}): ReceivedRequest {
  return {
    time: `2024-01-01T00:00:0${n}.000Z`,
    requestId: `request-${n}`,
    vendor: "mini",
    operationId: `op${n}`,
    method: "GET",
    path: `/things/${n}`,
    query: {},
    headers: {},
    session: null,
    ...overrides,
  };
}

const json = (text: string) => ({
  raw: Buffer.from(text),
  contentType: "application/json",
  jsonFormFields: new Set<string>(),
});

function journalOf(options: Partial<JournalOptions> = {}): Journal {
  return new Journal({ limit: 1000, maxBytes: 1024 * 1024, ...options });
}

/** The paths left in a journal of `limit` after recording requests 1..count. */
function pathsAfter(limit: number, count: number): string[] {
  const journal = journalOf({ limit });
  for (let n = 1; n <= count; n++) journal.record(request(n));
  return journal.list().map(({ path }) => path);
}

describe("Journal bounds", () => {
  test.each([
    { limit: 3, count: 0, paths: [] },
    { limit: 3, count: 1, paths: ["/things/1"] },
    { limit: 3, count: 3, paths: ["/things/1", "/things/2", "/things/3"] },
    { limit: 3, count: 4, paths: ["/things/2", "/things/3", "/things/4"] },
    { limit: 3, count: 7, paths: ["/things/5", "/things/6", "/things/7"] },
    { limit: 1, count: 5, paths: ["/things/5"] },
    { limit: 0, count: 2, paths: [] },
  ])("limit $limit after $count entries, oldest first", ({ limit, count, paths }) => {
    expect(pathsAfter(limit, count)).toStrictEqual(paths);
  });

  test("keeps at most maxBytes of entries, dropping the oldest first", () => {
    const journal = journalOf({ maxBytes: 3000 });
    for (let n = 1; n <= 6; n++) {
      const record = journal.record(request(n));
      journal.recordBody(record, json(JSON.stringify({ note: "x".repeat(900) })));
    }
    const listed = journal.list();
    expect(listed.map(({ path }) => path)).toStrictEqual(["/things/5", "/things/6"]);
    expect(journal.bytes).toBeLessThanOrEqual(3000);
    // The entries' JSON: the listing without its brackets and the comma between them.
    expect(journal.bytes).toBe(Buffer.byteLength(JSON.stringify(listed)) - 3);
  });

  test("counts only what it keeps: a body recorded for an evicted entry adds nothing", () => {
    const journal = journalOf({ limit: 1 });
    const first = journal.record(request(1));
    journal.record(request(2));
    const bytes = journal.bytes;
    journal.recordBody(first, json(JSON.stringify({ note: "late" })));
    expect(journal.bytes).toBe(bytes);
    expect(journal.list().map(({ path }) => path)).toStrictEqual(["/things/2"]);
  });

  test("clear empties it and its byte count, and it records again afterwards", () => {
    const journal = journalOf({ limit: 2 });
    journal.record(request(1));
    journal.record(request(2));
    journal.clear();
    expect(journal.list()).toStrictEqual([]);
    expect(journal.bytes).toBe(0);
    journal.record(request(3));
    expect(journal.list().map(({ path }) => path)).toStrictEqual(["/things/3"]);
  });
});

describe("Journal entries", () => {
  test("the status set on a record shows in later listings, not in earlier ones", () => {
    const journal = journalOf();
    const record = journal.record(request(1));
    const before = journal.list();
    journal.settle(record, 503);
    expect(before[0]?.status).toBeNull();
    expect(journal.list()).toStrictEqual([
      { ...request(1), body: undefined, status: 503, headers: {} },
    ]);
    expect(record.requestId).toBe("request-1");
  });

  test("query, headers and path redacted at once; the body once read", () => {
    const journal = journalOf();
    const record = journal.record(
      request(1, {
        method: "POST",
        path: "/things/1;token=path-secret",
        query: { api_key: "query-secret", page: "2", next: "https://x/?token=url-secret" },
        headers: { authorization: "Bearer header-secret", accept: "application/json" },
      }),
    );
    const [before] = journal.list();
    expect(before).toMatchObject({
      path: "/things/[REDACTED]",
      query: { api_key: "[REDACTED]", page: "2", next: "[REDACTED]" },
      headers: { authorization: "Bearer [REDACTED]", accept: "application/json" },
      body: undefined,
    });

    journal.recordBody(record, {
      raw: Buffer.from("Status=closed&Routing=%7B%22password%22%3A%22body-secret%22%7D"),
      contentType: "application/x-www-form-urlencoded",
      jsonFormFields: new Set(["Routing"]),
    });
    const [after] = journal.list();
    expect(after?.body).toStrictEqual({ Status: "closed", Routing: { password: "[REDACTED]" } });
    expect(JSON.stringify(journal.list())).not.toMatch(/secret/);
    expect(before?.body).toBeUndefined();
  });

  test("an empty body lists as undefined", () => {
    const journal = journalOf();
    journal.recordBody(journal.record(request(1)), json(""));
    expect(journal.list()[0]).toHaveProperty("body", undefined);
  });

  test("a body nested far deeper than redaction reads is listed, cut with [TOO DEEP]", () => {
    const journal = journalOf();
    const depth = 200_000;
    journal.recordBody(journal.record(request(1)), json("[".repeat(depth) + "]".repeat(depth)));
    const text = [...journal.jsonChunks()].join("");
    expect(text).toContain('"[TOO DEEP]"');
    expect(JSON.stringify(journal.list())).toBe(text);
  });
});

describe("Journal listing", () => {
  const vendors = ["a", "b", "a", "a", "b"];
  function mixed(): Journal {
    const journal = journalOf();
    vendors.forEach((vendor, index) =>
      journal.record(request(index + 1, { vendor, operationId: `${vendor}-op${index % 2}` })),
    );
    return journal;
  }

  test.each([
    { filter: {}, paths: [1, 2, 3, 4, 5] },
    { filter: { limit: 2 }, paths: [4, 5] },
    { filter: { limit: 99 }, paths: [1, 2, 3, 4, 5] },
    { filter: { vendor: "a" }, paths: [1, 3, 4] },
    { filter: { vendor: "a", limit: 2 }, paths: [3, 4] },
    { filter: { operation: "a-op0" }, paths: [1, 3] },
    { filter: { vendor: "b", operation: "b-op1" }, paths: [2] },
    { filter: { vendor: "b", operation: "a-op0" }, paths: [] },
    { filter: { vendor: "nobody" }, paths: [] },
  ])("list($filter): the newest matching, oldest first", ({ filter, paths }) => {
    const listed = mixed().list(filter);
    expect(listed.map(({ path }) => path)).toStrictEqual(paths.map((n) => `/things/${n}`));
  });

  test.each([
    { filter: { limit: 0 }, message: /limit: must be a whole number greater than 0/ },
    { filter: { limit: 1.5 }, message: /limit: must be a whole number greater than 0/ },
    { filter: { limit: Number.NaN }, message: /limit/ },
    { filter: { vendor: 3 as unknown as string }, message: /vendor: must be a string/ },
  ])("list($filter) is refused, naming the field", ({ filter, message }) => {
    expect(() => mixed().list(filter)).toThrow(message);
  });

  test.each([
    { count: 0, limit: undefined },
    { count: 3, limit: undefined },
    { count: 300, limit: undefined },
    { count: 300, limit: 7 },
  ])("jsonChunks is JSON.stringify(list()), in pieces ($count entries)", ({ count, limit }) => {
    const journal = journalOf({ maxBytes: 64 * 1024 * 1024 });
    for (let n = 1; n <= count; n++) {
      const record = journal.record(request(n));
      journal.recordBody(record, json(JSON.stringify({ note: "é".repeat(500), n })));
      journal.settle(record, 200);
    }
    const filter = limit === undefined ? {} : { limit };
    const chunks = [...journal.jsonChunks(filter)];
    expect(chunks.join("")).toBe(JSON.stringify(journal.list(filter)));
    if (count === 300 && limit === undefined) expect(chunks.length).toBeGreaterThan(1);
  });
});

describe("Journal.waitFor", () => {
  test("an answered request already journaled resolves at once", async () => {
    const journal = journalOf();
    journal.settle(journal.record(request(1)), 200);
    expect(await journal.waitFor({ operation: "op1" }, 0)).toMatchObject({
      requestId: "request-1",
    });
  });

  test("a request still in flight is waited for until it is answered", async () => {
    const journal = journalOf();
    const record = journal.record(request(1));
    const waited = journal.waitFor({ status: 503 }, 5_000);
    journal.settle(journal.record(request(2)), 200);
    journal.settle(record, 503);
    expect(await waited).toMatchObject({ requestId: "request-1", status: 503 });
  });

  test("nothing matching in time: undefined, and the waiter is gone", async () => {
    const journal = journalOf();
    expect(await journal.waitFor({ vendor: "other" }, 10)).toBeUndefined();
    journal.settle(journal.record(request(1, { vendor: "other" })), 200);
    expect(journal.list({ vendor: "other" })).toHaveLength(1);
  });

  test("a session's wait sees only that session's requests", async () => {
    const journal = journalOf();
    journal.settle(journal.record(request(1, { session: "b" })), 200);
    expect(await journal.waitFor({ session: "a" }, 10)).toBeUndefined();
    journal.settle(journal.record(request(2, { session: "a" })), 200);
    expect(await journal.waitFor({ session: "a" }, 10)).toMatchObject({ requestId: "request-2" });
  });
});

describe("Journal.closest and clear by session", () => {
  test("the entry failing the fewest conditions, the newest of equals, with its differences", () => {
    const journal = journalOf();
    journal.settle(journal.record(request(1, { operationId: "updateQueue" })), 200);
    journal.settle(journal.record(request(2, { operationId: "other" })), 503);
    journal.settle(journal.record(request(3, { operationId: "updateQueue" })), 422);
    expect(journal.closest({ operation: "updateQueue", status: 503 })).toMatchObject({
      entry: { requestId: "request-3" },
      differences: ["status: wanted 503, got 422"],
    });
    expect(journalOf().closest({ status: 200 })).toBeUndefined();
  });

  test("clear(session) forgets that session's entries and their bytes only", () => {
    const journal = journalOf();
    journal.record(request(1, { session: "a" }));
    journal.record(request(2));
    const bytesOfOne = journal.bytes / 2;
    journal.clear("a");
    expect(journal.list().map(({ requestId }) => requestId)).toStrictEqual(["request-2"]);
    expect(journal.bytes).toBeGreaterThan(bytesOfOne * 0.9);
    expect(journal.bytes).toBeLessThan(bytesOfOne * 1.1);
  });
});
