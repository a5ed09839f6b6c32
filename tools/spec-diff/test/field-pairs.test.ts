import { describe, expect, it } from "vitest";
import { formatChange } from "../src/change.js";
import { fieldPairs } from "../src/field-pairs.js";
import type { OpenApiDocument } from "../src/openapi.js";
import { RULES } from "../src/rules/index.js";

/** One POST /nodes operation whose JSON request body is `body`, with `schemas` as components. */
const spec = (body: unknown, schemas: Record<string, unknown> = {}): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/nodes": {
      post: {
        requestBody: { content: { "application/json": { schema: body } } },
        responses: { "204": { description: "ok" } },
      },
    },
  },
  components: { schemas },
});

const breaking = (base: OpenApiDocument, head: OpenApiDocument) =>
  Object.values(RULES)
    .flatMap((rule) => rule(base, head))
    .map(formatChange);

const node = (valueType: string) => ({
  Node: {
    type: "object",
    properties: {
      value: { type: valueType },
      children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
    },
  },
});

describe("fieldPairs", () => {
  it("walks a recursive schema once and still finds a change inside it", () => {
    const ref = { $ref: "#/components/schemas/Node" };
    const base = spec(ref, node("string"));
    const head = spec(ref, node("integer"));
    expect(fieldPairs(base, head).map((pair) => pair.field)).toEqual([
      "",
      "",
      "value",
      "children",
      "children[]",
    ]);
    expect(breaking(base, head)).toEqual([
      "POST /nodes request body (application/json) field value: type string changed to integer [field-type-changed] at #/components/schemas/Node/properties/value",
    ]);
  });

  it("reads allOf as all of its parts", () => {
    const part = (required: string[]) => ({
      allOf: [
        { type: "object", properties: { a: { type: "string" } } },
        { type: "object", required, properties: { b: { type: "string", enum: ["x", "y"] } } },
      ],
    });
    expect(breaking(spec(part([])), spec(part(["b"])))).toEqual([
      "POST /nodes request body (application/json) field b: optional in the base, required now [newly-required-request-field] at #/paths/~1nodes/post/requestBody/content/application~1json/schema/allOf/1/properties/b",
    ]);
  });

  it("matches operations whose path parameters were renamed, and reports the rename", () => {
    const withParameter = (name: string): OpenApiDocument => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        [`/nodes/{${name}}`]: {
          get: {
            parameters: [{ name, in: "path", required: true, schema: { type: "string" } }],
            responses: { "204": { description: "ok" } },
          },
        },
      },
    });
    expect(breaking(withParameter("id"), withParameter("nodeId"))).toEqual([
      "GET /nodes/{nodeId} path parameter id: removed from the request [field-removed] at #/paths/~1nodes~1{id}/get/parameters/0",
      "GET /nodes/{nodeId} path parameter nodeId: added as required [newly-required-request-field] at #/paths/~1nodes~1{nodeId}/get/parameters/0",
    ]);
  });
});
