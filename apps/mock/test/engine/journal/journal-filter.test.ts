import { describe, expect, test } from "vitest";
import { differences, journalFilterOf } from "../../../src/engine/journal/journal-filter.js";

const catalog = {
  vendors: [
    { name: "alpha", routes: [{ operationId: "updateThing" }, { operationId: "updateOther" }] },
    { name: "beta", routes: [{ operationId: "updateChannel" }] },
  ],
};

const read = (query: string) => journalFilterOf(new URLSearchParams(query), catalog);

describe("journalFilterOf", () => {
  test.each([
    { query: "", filter: {} },
    { query: "limit=1", filter: { limit: 1 } },
    { query: "limit=250", filter: { limit: 250 } },
    { query: "vendor=beta", filter: { vendor: "beta" } },
    { query: "operation=updateThing", filter: { operation: "updateThing" } },
    {
      query: "vendor=alpha&operation=updateOther&limit=3",
      filter: { vendor: "alpha", operation: "updateOther", limit: 3 },
    },
    { query: "status=503", filter: { status: 503 } },
    { query: "requestId=r-1", filter: { requestId: "r-1" } },
    { query: "since=2026-12-04T10:00:00.000Z", filter: { since: "2026-12-04T10:00:00.000Z" } },
    { query: "session=file-a_1", filter: { session: "file-a_1" } },
  ])("?$query", ({ query, filter }) => {
    expect(read(query)).toStrictEqual({ filter });
  });

  const positive = "limit: must be a whole number greater than 0";
  test.each([
    { query: "limit=0", problem: positive },
    { query: "limit=-1", problem: positive },
    { query: "limit=1.5", problem: positive },
    { query: "limit=1e3", problem: positive },
    { query: "limit=abc", problem: positive },
    { query: "limit=", problem: positive },
    { query: "limit=%201", problem: positive },
    { query: "limit=99999999999999999999", problem: positive },
    { query: "limit=1&limit=2", problem: "limit: must be given at most once" },
    {
      query: "vendor=gamma",
      problem: "vendor: must be a vendor the gateway serves (alpha, beta)",
    },
    {
      query: "operation=deleteThing",
      problem: "operation: must be the operationId of an operation the gateway serves",
    },
    {
      query: "vendor=beta&operation=updateThing",
      problem: "operation: must be an operationId of vendor beta",
    },
    {
      query: "method=PUT",
      problem:
        "method: unknown parameter; the journal takes limit, vendor, operation, status, requestId, since, session",
    },
    { query: "status=2000", problem: "status: must be a status code (100-599)" },
    { query: "status=abc", problem: "status: must be a status code (100-599)" },
    { query: "requestId=", problem: "requestId: must not be empty" },
    { query: "since=yesterday", problem: "since: must be an ISO 8601 timestamp" },
    { query: "since=2026-13-45T00:00:00Z", problem: "since: must be an ISO 8601 timestamp" },
    {
      query: "session=a%20b",
      problem: "session: must be 1 to 64 letters, digits, '-' or '_'",
    },
    {
      query: "__proto__=1",
      problem:
        "__proto__: unknown parameter; the journal takes limit, vendor, operation, status, requestId, since, session",
    },
  ])("?$query is refused: $problem", ({ query, problem }) => {
    expect(read(query)).toStrictEqual({ problems: [problem] });
  });

  test("reports every bad parameter at once", () => {
    expect(read("limit=0&vendor=gamma")).toStrictEqual({
      problems: [positive, "vendor: must be a vendor the gateway serves (alpha, beta)"],
    });
  });
});

describe("differences", () => {
  const entry = {
    vendor: "alpha",
    operationId: "updateThing",
    status: 200,
    requestId: "r-1",
    time: "2026-12-04T10:00:00.000Z",
    session: null,
  };

  test.each([
    { filter: {}, found: [] },
    { filter: { vendor: "alpha", status: 200, session: undefined }, found: [] },
    { filter: { status: 503 }, found: ["status: wanted 503, got 200"] },
    {
      filter: { vendor: "beta", operation: "updateChannel" },
      found: [
        'vendor: wanted "beta", got "alpha"',
        'operation: wanted "updateChannel", got "updateThing"',
      ],
    },
    { filter: { requestId: "r-2" }, found: ['requestId: wanted "r-2", got "r-1"'] },
    { filter: { since: "2026-12-04T10:00:00.000Z" }, found: [] },
    {
      filter: { since: "2026-12-04T10:00:00.001Z" },
      found: ['since: wanted "2026-12-04T10:00:00.001Z", got "2026-12-04T10:00:00.000Z"'],
    },
    { filter: { session: "a" }, found: ['session: wanted "a", got null'] },
  ])("$filter", ({ filter, found }) => {
    expect(differences(entry, filter)).toStrictEqual(found);
  });
});
