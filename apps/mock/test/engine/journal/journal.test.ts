import { describe, expect, test } from "vitest";
import { Journal, type ReceivedRequest } from "../../../src/engine/journal/journal.js";

function entry(n: number): ReceivedRequest {
  return {
    time: `2024-01-01T00:00:0${n}.000Z`,
    requestId: `request-${n}`,
    vendor: "mini",
    operationId: `op${n}`,
    method: "GET",
    path: `/things/${n}`,
    query: {},
    headers: {},
    status: 200,
  };
}

const listed = (request: ReceivedRequest) => ({ ...request, body: undefined });

/** The paths left in a journal of `limit` after recording entries 1..count. */
function pathsAfter(limit: number, count: number): string[] {
  const journal = new Journal(limit);
  for (let n = 1; n <= count; n++) journal.record(entry(n));
  return journal.list().map(({ path }) => path);
}

describe("Journal", () => {
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

  test("keeps the entries recorded, so later changes to one show", () => {
    const journal = new Journal(2);
    const first = entry(1);
    journal.record(first);
    first.status = 503;
    expect(journal.list()).toStrictEqual([{ ...listed(entry(1)), status: 503 }]);
    expect(journal.limit).toBe(2);
  });

  test("clear empties it, and it records again afterwards", () => {
    const journal = new Journal(2);
    journal.record(entry(1));
    journal.record(entry(2));
    journal.clear();
    expect(journal.list()).toStrictEqual([]);
    journal.record(entry(3));
    expect(journal.list().map(({ path }) => path)).toStrictEqual(["/things/3"]);
  });

  test("lists query, headers and body parsed and redacted, the body once it has been read", () => {
    const journal = new Journal(2);
    const request: ReceivedRequest = {
      ...entry(1),
      method: "POST",
      query: { api_key: "query-secret", page: "2" },
      headers: { authorization: "Bearer header-secret", accept: "application/json" },
    };
    journal.record(request);
    const [before] = journal.list();
    expect(before).toMatchObject({
      query: { api_key: "[REDACTED]", page: "2" },
      headers: { authorization: "Bearer [REDACTED]", accept: "application/json" },
      body: undefined,
    });

    request.body = {
      raw: Buffer.from("Status=closed&Routing=%7B%22password%22%3A%22body-secret%22%7D"),
      contentType: "application/x-www-form-urlencoded",
      jsonFormFields: new Set(["Routing"]),
    };
    const [after] = journal.list();
    expect(after?.body).toStrictEqual({ Status: "closed", Routing: { password: "[REDACTED]" } });
    expect(JSON.stringify(journal.list())).not.toMatch(/secret/);
    expect(before?.body).toBeUndefined();
  });
});
