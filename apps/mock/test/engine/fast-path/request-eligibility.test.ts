import { describe, expect, test } from "vitest";
import { declineRequest } from "../../../src/engine/fast-path/request-eligibility.js";

describe("declineRequest: mock preferences are Prism's to honour", () => {
  test.each<
    [string, Record<string, string>, Record<string, string | string[]>, string | undefined]
  >([
    ["a plain request", { accept: "application/json" }, { Page: "2" }, undefined],
    ["a query parameter with one underscore", {}, { _page: "2" }, undefined],
    ["a Prefer header", { prefer: "code=200" }, {}, "a Prefer header"],
    ["an empty Prefer header", { prefer: "" }, {}, "a Prefer header"],
    ["Prism's __code", {}, { __code: "404" }, "the query parameter __code"],
    [
      "Prism's __example, repeated",
      {},
      { a: "1", __example: ["x", "y"] },
      "the query parameter __example",
    ],
  ])("%s", (_, headers, query, expected) => {
    expect(declineRequest(headers, query)).toBe(expected);
  });
});
