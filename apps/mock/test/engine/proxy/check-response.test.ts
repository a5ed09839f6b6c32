/*
 * The upstream's answer against its operation, for what the fake upstream's drifts do not
 * reach: media types, bodies that do not parse, status ranges, headers, empty answers.
 */
import { beforeAll, expect, test } from "vitest";
import { prepareVendor } from "../../../src/engine/prepare-vendor.js";
import { responseViolations } from "../../../src/engine/proxy/check-response.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";

const JSON_THING = {
  "application/json": {
    schema: {
      type: "object",
      required: ["id"],
      properties: { id: { type: "integer" }, state: { type: "string", enum: ["on", "off"] } },
    },
  },
};

const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Things", version: "1" },
  paths: {
    "/things/{id}": {
      put: {
        operationId: "updateThing",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
        responses: {
          "200": {
            description: "The thing",
            headers: { "X-Rate": { required: true, schema: { type: "integer" } } },
            content: JSON_THING,
          },
          "204": { description: "Nothing to say" },
          "4XX": {
            description: "An error",
            content: {
              "application/problem+json": {
                schema: {
                  type: "object",
                  required: ["title"],
                  properties: { title: { type: "string" } },
                },
              },
            },
          },
        },
      },
    },
  },
};

let operation: PrismOperation;
beforeAll(async () => {
  const vendor = await prepareVendor({
    name: "things",
    title: "Things",
    version: "1",
    errorFormat: "problem",
    document: DOCUMENT,
  });
  operation = vendor.routes[0]!.operation;
});

const JSON_TYPE = { "content-type": "application/json", "x-rate": "7" };

interface Case {
  name: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  found: string[][];
}

test.each<Case>([
  {
    name: "a documented answer",
    status: 200,
    headers: JSON_TYPE,
    body: '{"id":1,"state":"on"}',
    found: [],
  },
  { name: "a documented empty answer", status: 204, headers: {}, body: "", found: [] },
  {
    name: "a status in a documented range, checked against that range's schema",
    status: 409,
    headers: { "content-type": "application/problem+json; charset=utf-8" },
    body: '{"title":7}',
    found: [["/body/title", "type"]],
  },
  {
    name: "an undocumented status: nothing else is checked",
    status: 500,
    headers: { "content-type": "text/html" },
    body: "<h1>oops</h1>",
    found: [["/status", "status"]],
  },
  {
    name: "an undocumented media type, and the text where an object is documented",
    status: 200,
    headers: { "content-type": "text/plain", "x-rate": "7" },
    body: "fine",
    found: [
      ["/headers/content-type", "media_type"],
      ["/body", "type"],
    ],
  },
  {
    name: "a header of the wrong type, and one missing property",
    status: 200,
    headers: { "content-type": "application/json", "x-rate": "many" },
    body: '{"state":"on"}',
    found: [
      ["/body/id", "required"],
      ["/headers/x-rate", "type"],
    ],
  },
  {
    name: "a JSON body that does not parse: reported once",
    status: 200,
    headers: JSON_TYPE,
    body: '{"id": 1, "token": "tk-secret-9"',
    found: [["/body", "malformed"]],
  },
])("$name", ({ status, headers, body, found }) => {
  const violations = responseViolations(operation, { status, headers, body: Buffer.from(body) });
  expect(violations.map(({ pointer, rule }) => [pointer, rule])).toStrictEqual(found);
  expect(violations.every((violation) => violation.in === "response")).toBe(true);
  expect(JSON.stringify(violations)).not.toContain("tk-secret-9");
});
