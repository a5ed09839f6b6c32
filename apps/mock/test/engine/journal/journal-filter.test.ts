import { describe, expect, test } from "vitest";
import { journalFilterOf } from "../../../src/engine/journal/journal-filter.js";

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
      query: "status=200",
      problem: "status: unknown parameter; the journal takes limit, vendor, operation",
    },
    {
      query: "__proto__=1",
      problem: "__proto__: unknown parameter; the journal takes limit, vendor, operation",
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
