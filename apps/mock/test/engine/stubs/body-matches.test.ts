import { describe, expect, test } from "vitest";
import { bodyMatches } from "../../../src/engine/stubs/body-matches.js";

describe("bodyMatches", () => {
  test.each<[string, unknown, unknown, boolean]>([
    ["an object holding the expected keys", { name: "a", paused: true }, { paused: true }, true],
    [
      "nested objects by key",
      { config: { telephony: { x: 1, y: 2 } } },
      { config: { telephony: { y: 2 } } },
      true,
    ],
    ["a missing key", { name: "a" }, { paused: false }, false],
    [
      "a key present as undefined is not a match for null",
      { paused: undefined },
      { paused: null },
      false,
    ],
    ["a different value", { paused: false }, { paused: true }, false],
    [
      "arrays equal item by item",
      { days: ["mon", { d: 1, e: 2 }] },
      { days: ["mon", { d: 1 }] },
      true,
    ],
    ["arrays of another length", { days: ["mon", "tue"] }, { days: ["mon"] }, false],
    ["a value against an object", "text", { a: 1 }, false],
    ["equal scalars", 5, 5, true],
    ["no body against an empty object", undefined, {}, false],
  ])("%s", (_, actual, expected, result) => {
    expect(bodyMatches(actual, expected)).toBe(result);
  });
});
