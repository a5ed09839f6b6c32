import { describe, expect, test } from "vitest";
import type { OpenApiDocument } from "../src/openapi-document.js";
import { responseSchemas } from "../src/response-schemas.js";
import { componentsSchema } from "../src/validation-schema.js";

type Json = Record<string, unknown>;

/** A document whose one operation `op` answers with `responses`. */
function document(responses: Json, schemas: Json = {}): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "T", version: "v1" },
    paths: { "/x": { get: { operationId: "op", responses } } },
    components: { schemas },
  };
}

const OBJECT = { type: "object" };
const STRING = { type: "string" };

describe("responseSchemas", () => {
  test.each<{ name: string; content: Json; schema: Json | undefined }>([
    {
      name: "application/json",
      content: { "application/json": { schema: OBJECT } },
      schema: OBJECT,
    },
    {
      name: "a +json type with parameters",
      content: { "application/problem+json; charset=utf-8": { schema: OBJECT } },
      schema: OBJECT,
    },
    {
      name: "the first JSON type after another type",
      content: {
        "text/plain": { schema: STRING },
        "application/json": { schema: OBJECT },
        "application/merge-patch+json": { schema: STRING },
      },
      schema: OBJECT,
    },
    { name: "no JSON type", content: { "text/plain": { schema: STRING } }, schema: undefined },
    { name: "JSON without a schema", content: { "application/json": {} }, schema: undefined },
    {
      name: "a JSON-looking type",
      content: { "text/json-ish": { schema: OBJECT } },
      schema: undefined,
    },
  ])("the body schema of $name", ({ content, schema }) => {
    const schemas = responseSchemas(document({ "200": { description: "OK", content } }));
    expect(schemas.op!["200"]).toEqual(schema && { $id: "op-200", ...schema });
  });

  test("only success statuses, each its own $id", () => {
    const content = { "application/json": { schema: OBJECT } };
    const schemas = responseSchemas(
      document({
        "200": { content },
        "201": { content },
        "2XX": { content },
        "301": { content },
        "4XX": { content },
        default: { content },
      }),
    );
    expect(schemas).toEqual({
      op: {
        "200": { $id: "op-200", ...OBJECT },
        "201": { $id: "op-201", ...OBJECT },
        "2XX": { $id: "op-2XX", ...OBJECT },
      },
    });
  });

  test("strips annotations and points component refs into the shared schema", () => {
    const schemas = responseSchemas(
      document({
        "200": {
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/Thing", description: "d", "x-a": 1 },
            },
          },
        },
      }),
    );
    expect(schemas.op!["200"]).toEqual({ $id: "op-200", $ref: "components#/$defs/Thing" });
  });
});

describe("a response need not hold what its schema requires but marks writeOnly", () => {
  const WRITE_ONLY = { type: "string", writeOnly: true };
  const READ_ONLY = { type: "string", readOnly: true };

  test.each<{ name: string; schema: Json; required: string[] | undefined }>([
    {
      name: "a writeOnly property",
      schema: { required: ["a", "secret"], properties: { a: STRING, secret: WRITE_ONLY } },
      required: ["a"],
    },
    {
      name: "a writeOnly component, through a chain of $refs",
      schema: {
        required: ["a", "token"],
        properties: { a: STRING, token: { $ref: "#/components/schemas/Alias" } },
      },
      required: ["a"],
    },
    {
      name: "only writeOnly properties (required goes)",
      schema: { required: ["secret"], properties: { secret: WRITE_ONLY } },
      required: undefined,
    },
    {
      name: "a readOnly property (still required)",
      schema: { required: ["id"], properties: { id: READ_ONLY } },
      required: ["id"],
    },
    {
      name: "a name with no property beside it (still required)",
      schema: { required: ["other"], properties: { secret: WRITE_ONLY } },
      required: ["other"],
    },
  ])("$name", ({ schema, required }) => {
    const schemas = responseSchemas(
      document(
        { "200": { content: { "application/json": { schema: { type: "object", ...schema } } } } },
        { Alias: { $ref: "#/components/schemas/Token" }, Token: WRITE_ONLY },
      ),
    );
    expect(schemas.op!["200"]!.required).toEqual(required);
  });

  test("a property named required is a name, not the keyword", () => {
    const schemas = responseSchemas(
      document({
        "200": {
          content: {
            "application/json": {
              schema: { properties: { required: { type: "array" }, secret: WRITE_ONLY } },
            },
          },
        },
      }),
    );
    expect(schemas.op!["200"]!.properties).toEqual({
      required: { type: "array" },
      secret: WRITE_ONLY,
    });
  });

  test("in the components of a response, not in those of a request", () => {
    const doc = document(
      {},
      {
        Widget: { type: "object", required: ["secret"], properties: { secret: WRITE_ONLY } },
      },
    );
    const widget = (components: Json) => (components.$defs as Record<string, Json>).Widget;
    expect(widget(componentsSchema(doc, { responseOf: doc }))).not.toHaveProperty("required");
    expect(widget(componentsSchema(doc))).toHaveProperty("required", ["secret"]);
  });
});
