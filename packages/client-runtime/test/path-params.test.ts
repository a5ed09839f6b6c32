import { describe, expect, test } from "vitest";
import { pathParamNames, pathParamProblem, serializePathParams } from "../src/index.js";

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

describe("pathParamNames", () => {
  test.each([
    { template: "/things", names: [] },
    { template: "/things/{id}", names: ["id"] },
    { template: "/Interactions/{InteractionSid}/Channels/{Sid}", names: ["InteractionSid", "Sid"] },
    { template: "https://{host}/v1/{id}", names: ["host", "id"] },
    { template: "/files/{name}.{ext}", names: ["name", "ext"] },
    { template: "/{a}{b}", names: ["a", "b"] },
    { template: "/{id}/again/{id}", names: ["id", "id"] },
    { template: "/{user-id}/{user_id}/{user.id}", names: ["user-id", "user_id", "user.id"] },
    { template: "/empty/{}", names: [] },
    { template: "/nested/{{id}}", names: ["id"] },
    { template: "/unclosed/{id", names: [] },
  ])("$template → $names", ({ template, names }) => {
    expect(pathParamNames(template)).toEqual(names);
  });
});

describe("pathParamProblem", () => {
  test.each<{ name: string; value: unknown }>([
    { name: "a string", value: "abc" },
    { name: "a number", value: 42 },
    { name: "zero", value: 0 },
    { name: "a bigint", value: 42n },
    { name: "three dots", value: "..." },
    { name: "a dot inside a name", value: "a.b" },
    { name: "percent-encoded dots (encoded again when sent)", value: "%2e%2e" },
    { name: "a slash (encoded when sent)", value: "a/b" },
    { name: "whitespace", value: " " },
    { name: "a well-formed surrogate pair", value: "😀" },
  ])("accepts $name", ({ value }) => {
    expect(pathParamProblem(value)).toBeUndefined();
  });

  test.each<{ name: string; value: unknown; problem: string }>([
    { name: "undefined", value: undefined, problem: "is required" },
    { name: "null", value: null, problem: "is required" },
    { name: "an object", value: { id: 1 }, problem: "must be a string or a number" },
    { name: "an array", value: ["a"], problem: "must be a string or a number" },
    { name: "a boolean", value: true, problem: "must be a string or a number" },
    { name: "a symbol", value: Symbol("id"), problem: "must be a string or a number" },
    { name: "a function", value: () => "id", problem: "must be a string or a number" },
    { name: "an empty string", value: "", problem: 'must not be empty, "." or ".."' },
    { name: "a dot", value: ".", problem: 'must not be empty, "." or ".."' },
    { name: "two dots", value: "..", problem: 'must not be empty, "." or ".."' },
    { name: "a lone high surrogate", value: "\ud800", problem: "must be well-formed Unicode" },
    { name: "a lone low surrogate", value: "a\udc00b", problem: "must be well-formed Unicode" },
  ])("refuses $name: $problem", ({ value, problem }) => {
    expect(pathParamProblem(value)).toBe(problem);
  });

  test("serializePathParams refuses exactly what pathParamProblem names", () => {
    for (const value of [undefined, "", "..", { id: 1 }, "\ud800"]) {
      expect(() => serializePathParams("/x/{id}", { id: value })).toThrow(
        `Path parameter "id" ${pathParamProblem(value)}`,
      );
    }
  });
});
