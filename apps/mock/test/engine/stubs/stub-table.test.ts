import { describe, expect, test } from "vitest";
import { StubTable, type StubContext } from "../../../src/engine/stubs/stub-table.js";
import type { StubDefinition } from "../../../src/engine/stubs/stub.js";

const request = (overrides: Partial<StubContext> = {}): StubContext => ({
  vendor: "queues",
  operationId: "updateQueue",
  pathParams: { queue_id: "q1" },
  session: null,
  body: () => ({ name: "support", paused: true }),
  ...overrides,
});

const stub = (overrides: Partial<StubDefinition> = {}): StubDefinition => ({
  vendor: "queues",
  answer: { status: 503 },
  ...overrides,
});

describe("StubTable.take", () => {
  test.each<[string, Partial<StubDefinition>, Partial<StubContext>, boolean]>([
    ["any request to the vendor", {}, {}, true],
    ["another vendor", { vendor: "other" }, {}, false],
    ["the operation", { operation: "updateQueue" }, {}, true],
    ["another operation", { operation: "deleteQueue" }, {}, false],
    ["the path parameters", { operation: "updateQueue", pathParams: { queue_id: "q1" } }, {}, true],
    [
      "other path parameters",
      { operation: "updateQueue", pathParams: { queue_id: "q2" } },
      {},
      false,
    ],
    ["a body the request's contains", { body: { paused: true } }, {}, true],
    ["a body the request's does not contain", { body: { paused: false } }, {}, false],
    ["its session", { session: "a" }, { session: "a" }, true],
    ["another session", { session: "a" }, { session: "b" }, false],
    ["a session stub, a request outside sessions", { session: "a" }, {}, false],
    ["a stub outside sessions, a request in one", {}, { session: "a" }, false],
  ])("%s: %s", (_, definition, context, matched) => {
    const table = new StubTable();
    table.add(stub(definition));
    expect(table.take(request(context)) !== undefined).toBe(matched);
  });

  test("the newest matching stub answers", () => {
    const table = new StubTable();
    table.add(stub({ answer: { status: 500 } }));
    table.add(stub({ answer: { status: 503 } }));
    expect(table.take(request())?.answer).toStrictEqual({ status: 503 });
  });

  test("a stub for N requests answers N, then the one before it answers", () => {
    const table = new StubTable();
    table.add(stub({ answer: { status: 500 } }));
    table.add(stub({ times: 2, answer: { status: 503 } }));
    const statuses = [1, 2, 3, 4].map(() => table.take(request())?.answer.status);
    expect(statuses).toStrictEqual([503, 503, 500, 500]);
    expect(table.list()).toMatchObject([{ matched: 2, remaining: null }]);
  });

  test("the body is read only when a stub asks for a body match", () => {
    const table = new StubTable();
    table.add(stub());
    let reads = 0;
    table.take(request({ body: () => reads++ }));
    expect(reads).toBe(0);
  });
});

describe("StubTable list, remove and clear", () => {
  const filled = () => {
    const table = new StubTable();
    const outside = table.add(stub());
    const inA = table.add(stub({ session: "a" }));
    const inB = table.add(stub({ session: "b" }));
    return { table, ids: { outside: outside.id, inA: inA.id, inB: inB.id } };
  };

  test("list: all, one session's, or those outside sessions", () => {
    const { table, ids } = filled();
    expect(table.list().map(({ id }) => id)).toStrictEqual([ids.outside, ids.inA, ids.inB]);
    expect(table.list("a").map(({ id }) => id)).toStrictEqual([ids.inA]);
    expect(table.list(null).map(({ id }) => id)).toStrictEqual([ids.outside]);
  });

  test("remove: only within the session given", () => {
    const { table, ids } = filled();
    expect(table.remove(ids.inA, "b")).toBe(false);
    expect(table.remove(ids.inA, "a")).toBe(true);
    expect(table.remove(ids.inA)).toBe(false);
  });

  test("clear: one session's, or everything", () => {
    const { table, ids } = filled();
    table.clear("a");
    expect(table.list().map(({ id }) => id)).toStrictEqual([ids.outside, ids.inB]);
    table.clear();
    expect(table.list()).toStrictEqual([]);
  });

  test("a listed or added stub is a copy: changing it changes nothing held", () => {
    const table = new StubTable();
    const added = table.add(stub());
    added.answer.status = 500;
    expect(table.take(request())?.answer.status).toBe(503);
  });
});
