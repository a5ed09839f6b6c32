import { describe, expect, test } from "vitest";
import { serializePathParams } from "../src/index.js";

const TEMPLATE = "https://api.test/v1/things/{id}/parts";

describe("serializePathParams", () => {
  test.each([
    { id: "abc", path: "/v1/things/abc/parts" },
    { id: 42, path: "/v1/things/42/parts" },
    { id: "a/b", path: "/v1/things/a%2Fb/parts" },
    { id: "a?b#c", path: "/v1/things/a%3Fb%23c/parts" },
    { id: "../admin", path: "/v1/things/..%2Fadmin/parts" },
    { id: "%2e%2e", path: "/v1/things/%252e%252e/parts" },
    { id: "é 中", path: "/v1/things/%C3%A9%20%E4%B8%AD/parts" },
  ])("keeps $id inside its segment", ({ id, path }) => {
    const url = new URL(serializePathParams(TEMPLATE, { id }));
    expect(url.pathname).toBe(path);
    expect(url.search).toBe("");
    expect(url.hash).toBe("");
  });

  test.each([
    { id: undefined, rule: /"id" is required/ },
    { id: null, rule: /"id" is required/ },
    { id: "", rule: /"id" must not be empty, "\." or "\.\."/ },
    { id: ".", rule: /"id" must not be empty/ },
    { id: "..", rule: /"id" must not be empty/ },
    { id: { nested: true }, rule: /"id" must be a string or a number/ },
    { id: "\ud800", rule: /"id" must be well-formed Unicode/ },
  ])("refuses $id", ({ id, rule }) => {
    expect(() => serializePathParams(TEMPLATE, { id })).toThrow(rule);
  });
});
