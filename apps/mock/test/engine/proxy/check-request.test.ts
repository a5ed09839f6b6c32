/*
 * A proxied request against its operation: the checks the mock makes before it answers, each
 * reported with its JSON Pointer and rule instead of refusing the request.
 */
import { beforeAll, expect, test } from "vitest";
import { prepareVendor } from "../../../src/engine/prepare-vendor.js";
import { requestViolations, type CheckedRequest } from "../../../src/engine/proxy/check-request.js";
import { routeRequest } from "../../../src/engine/route-request.js";
import type { Vendor } from "../../../src/engine/vendor.js";

const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Things", version: "1" },
  components: { securitySchemes: { Key: { type: "apiKey", in: "header", name: "X-Api-Key" } } },
  security: [{ Key: [] }],
  paths: {
    "/things/{ThingId}": {
      patch: {
        operationId: "updateThing",
        parameters: [
          { name: "ThingId", in: "path", required: true, schema: { type: "integer" } },
          { name: "append", in: "query", schema: { type: "boolean" } },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                additionalProperties: false,
                required: ["name"],
                properties: { name: { type: "string" }, mode: { enum: ["a", "b"] } },
              },
            },
          },
        },
        responses: { "200": { description: "Done" } },
      },
    },
  },
};

let vendor: Vendor;
beforeAll(async () => {
  vendor = await prepareVendor({
    name: "things",
    title: "Things",
    version: "1",
    errorFormat: "fastapi",
    document: DOCUMENT,
  });
});

const VALID = {
  method: "PATCH",
  path: "/things/7",
  query: {},
  headers: { "x-api-key": "k-secret-1", "content-type": "application/json" },
  body: '{"name":"n"}',
};

test.each([
  { name: "a valid request", changes: {}, found: [] },
  {
    name: "an unknown and a missing field, a value its enum does not list",
    changes: { body: '{"nmae":"n","mode":"c"}' },
    found: [
      ["/body/nmae", "additionalProperties"],
      ["/body/name", "required"],
      ["/body/mode", "enum"],
    ],
  },
  {
    name: "a body that does not parse: reported once, without its text",
    changes: { body: '{"name":"k-secret-1"' },
    found: [["/body", "malformed"]],
  },
  {
    name: "a media type the spec does not accept",
    changes: { headers: { ...VALID.headers, "content-type": "text/plain" } },
    found: [["/headers/content-type", "media_type"]],
  },
  {
    name: "a blank credential, as a missing one",
    changes: { headers: { ...VALID.headers, "x-api-key": " " } },
    found: [["/headers/x-api-key", "security"]],
  },
  {
    name: "path and query values that are not literals of their types, named as the spec spells them",
    changes: { path: "/things/0x10", query: { append: "yes" } },
    found: [
      ["/path/ThingId", "type"],
      ["/query/append", "type"],
    ],
  },
  {
    name: "a path no operation has",
    changes: { path: "/gadgets/7" },
    found: [["/path", "path"]],
  },
  {
    name: "a method the path does not have",
    changes: { method: "DELETE" },
    found: [["/method", "method"]],
  },
])("$name", ({ changes, found }) => {
  const { method, path, query, headers, body } = { ...VALID, ...changes };
  const request: CheckedRequest = { method, query, headers, rawBody: Buffer.from(body) };
  const violations = requestViolations(vendor, routeRequest(vendor, method, path), request);
  expect(violations.map(({ pointer, rule }) => [pointer, rule]).sort()).toStrictEqual(found.sort());
  expect(violations.every((violation) => violation.in === "request")).toBe(true);
  expect(JSON.stringify(violations)).not.toContain("k-secret-1");
});
