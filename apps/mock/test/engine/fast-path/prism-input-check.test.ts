import { beforeAll, describe, expect, test } from "vitest";
import type { IHttpRequest } from "@stoplight/prism-http";
import { compileInputCheck } from "../../../src/engine/fast-path/prism-input-check.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";
import { prismHttp } from "../../../src/prism/load-prism.js";
import { prismValidators } from "../../../src/prism/prism-internals.js";

const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Input", version: "1" },
  paths: {
    "/things/{id}": {
      put: {
        operationId: "updateThing",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "integer" } },
          { name: "limit", in: "query", schema: { type: "integer", maximum: 10 } },
          { name: "X-Trace", in: "header", schema: { type: "string", pattern: "^t-" } },
          {
            name: "tags",
            in: "query",
            schema: { type: "array", items: { type: "string", maxLength: 3 } },
          },
          { name: "old", in: "query", deprecated: true, schema: { type: "string" } },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["name"],
                additionalProperties: false,
                properties: {
                  name: { type: "string", minLength: 1 },
                  id: { type: "string", readOnly: true },
                  size: { allOf: [{ type: "integer" }, { maximum: 5 }] },
                },
              },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
  },
};

const BODY = { name: "x" };
const HEADERS = { "content-type": "application/json", "content-length": "12" };

function request(changes: Partial<IHttpRequest> & { path?: string } = {}): IHttpRequest {
  const { path = "/things/7", ...rest } = changes;
  return {
    method: "put",
    url: { path, query: {} },
    headers: HEADERS,
    body: BODY,
    ...rest,
  };
}

let operation: PrismOperation;
beforeAll(async () => {
  [operation] = (await prismHttp.getHttpOperationsFromSpec(structuredClone(DOCUMENT))) as [
    PrismOperation,
  ];
});

describe("the compiled input check gives Prism's validateInput verdict", () => {
  test.each<[string, IHttpRequest, boolean]>([
    ["a valid request", request(), true],
    [
      "a valid query and header",
      request({
        url: { path: "/things/7", query: { limit: "3" } },
        headers: { ...HEADERS, "x-trace": "t-1" },
      }),
      true,
    ],
    [
      "a body with no content length",
      request({ headers: { "content-type": "application/json" } }),
      true,
    ],
    [
      "a wildcard-free charset",
      request({ headers: { ...HEADERS, "content-type": "application/json; charset=utf-8" } }),
      true,
    ],
    [
      "a header named in another case",
      request({ headers: { ...HEADERS, "X-TRACE": "nope" } }),
      false,
    ],
    [
      "a repeated query parameter within its items' rule",
      request({ url: { path: "/things/7", query: { tags: ["a", "bc"] } } }),
      true,
    ],
    [
      "a repeated query parameter breaking its items' rule",
      request({ url: { path: "/things/7", query: { tags: ["a", "long"] } } }),
      false,
    ],
    [
      "a deprecated query parameter (Prism warns)",
      request({ url: { path: "/things/7", query: { old: "x" } } }),
      false,
    ],
    [
      "a read-only property sent (Prism drops it from the schema, so it is extra)",
      request({ body: { name: "x", id: "1" } }),
      false,
    ],
    ["an allOf within its merged rule", request({ body: { name: "x", size: 5 } }), true],
    ["an allOf breaking its merged rule", request({ body: { name: "x", size: 6 } }), false],
    [
      "no content type (the first content's schema)",
      request({ headers: { "content-length": "12" }, body: { name: "" } }),
      false,
    ],
    [
      "a Content-Type given twice in two cases: the last one counts",
      request({
        headers: {
          "content-type": "text/plain",
          "Content-Type": "application/json",
          "content-length": "12",
        },
      }),
      true,
    ],
    [
      "the same two, the other way round",
      request({
        headers: {
          "Content-Type": "application/json",
          "content-type": "text/plain",
          "content-length": "12",
        },
      }),
      false,
    ],
    ["no body", request({ body: undefined }), false],
    ["a falsy body", request({ body: "" }), false],
    ["a body breaking the schema", request({ body: { name: "" } }), false],
    ["an extra property", request({ body: { name: "x", other: 1 } }), false],
    [
      "an undocumented media type",
      request({ headers: { ...HEADERS, "content-type": "text/plain" } }),
      false,
    ],
    [
      "a hex content length still counts",
      request({ headers: { ...HEADERS, "content-type": "text/plain", "content-length": "0x10" } }),
      false,
    ],
    [
      "a query over its maximum",
      request({ url: { path: "/things/7", query: { limit: "11" } } }),
      false,
    ],
    [
      "a header breaking its pattern",
      request({ headers: { ...HEADERS, "x-trace": "nope" } }),
      false,
    ],
    ["a path parameter that is not an integer", request({ path: "/things/abc" }), false],
  ])("%s: %s", (_, element, expected) => {
    const prism = prismValidators.validateInput({ resource: operation, element })._tag === "Right";
    expect(prism, "Prism's own verdict").toBe(expected);
    const check = compileInputCheck(operation);
    expect(check(element), "compiled, first request").toBe(expected);
    expect(check(element), "compiled, again").toBe(expected);
  });
});
