import { beforeAll, describe, expect, test } from "vitest";
import type { IHttpRequest } from "@stoplight/prism-http";
import { passesPrismInput } from "../../../src/engine/fast-path/prism-input-check.js";
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
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["name"],
                additionalProperties: false,
                properties: { name: { type: "string", minLength: 1 } },
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

describe("passesPrismInput gives Prism's validateInput verdict", () => {
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
    expect(passesPrismInput(operation, element)).toBe(expected);
  });
});
