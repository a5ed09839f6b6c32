import { describe, expect, test } from "vitest";
import type { OpenApiDocument } from "../src/openapi-document.js";
import { requestSchemas } from "../src/request-schemas.js";
import { COMPONENTS_SCHEMA_ID, componentsSchema } from "../src/validation-schema.js";

type Json = Record<string, unknown>;

function document(paths: Record<string, Json>, components: Json = {}): OpenApiDocument {
  return { openapi: "3.1.0", info: { title: "T", version: "v1" }, paths, components };
}

/** The request schema of the one operation `op` at `/x/{id}`. */
function schemaOf(pathItem: Json, components: Json = {}): Json {
  const schemas = requestSchemas(document({ "/x/{id}": pathItem }, components));
  expect(Object.keys(schemas)).toEqual(["op"]);
  return schemas.op!;
}

/** What the request schema says about one parameter group (`path`, `query`, `header`). */
function group(schema: Json, location: string): Json | undefined {
  return (schema.properties as Record<string, Json>)[location];
}

const STRING = { type: "string" };
const INTEGER = { type: "integer" };

describe("requestSchemas", () => {
  test("gives one schema per operation of every method, keyed by operationId", () => {
    const schemas = requestSchemas(
      document({
        "/a": {
          summary: "not an operation",
          parameters: [],
          get: { operationId: "getA" },
          delete: { operationId: "deleteA" },
        },
        "/b": { patch: { operationId: "patchB" }, trace: { operationId: "traceB" } },
      }),
    );
    expect(Object.keys(schemas).sort()).toEqual(["deleteA", "getA", "patchB", "traceB"]);
    expect(schemas.getA!.$id).toBe("getA");
  });

  test("describes the whole request: path, query and header groups, then the body", () => {
    const schema = schemaOf({
      post: {
        operationId: "op",
        parameters: [
          { name: "id", in: "path", required: true, schema: STRING },
          { name: "limit", in: "query", schema: INTEGER },
          { name: "X-Tenant", in: "header", required: true, schema: STRING },
        ],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    });
    expect(schema).toEqual({
      $id: "op",
      type: "object",
      properties: {
        path: {
          type: "object",
          properties: { id: STRING },
          required: ["id"],
          additionalProperties: false,
        },
        query: {
          type: "object",
          properties: { limit: INTEGER },
          additionalProperties: false,
        },
        header: {
          type: "object",
          properties: { "X-Tenant": STRING },
          required: ["X-Tenant"],
          additionalProperties: false,
        },
        body: { type: "object" },
      },
      required: ["path", "header", "body"],
      additionalProperties: false,
    });
  });

  test("an operation without parameters or body takes only an empty request", () => {
    expect(schemaOf({ get: { operationId: "op" } })).toEqual({
      $id: "op",
      type: "object",
      properties: {},
      additionalProperties: false,
    });
  });

  describe("merges path-item and operation parameters", () => {
    test.each<{ name: string; pathItem: Json[]; operation: Json[]; expected: Json }>([
      {
        name: "path-item parameters apply to the operation",
        pathItem: [{ name: "id", in: "path", required: true, schema: STRING }],
        operation: [],
        expected: { path: { id: STRING } },
      },
      {
        name: "the operation's parameter overrides the path item's of the same name and location",
        pathItem: [{ name: "id", in: "path", required: true, schema: { pattern: "^[0-9]+$" } }],
        operation: [{ name: "id", in: "path", required: true, schema: STRING }],
        expected: { path: { id: STRING } },
      },
      {
        name: "the same name in another location is another parameter",
        pathItem: [{ name: "id", in: "path", required: true, schema: STRING }],
        operation: [{ name: "id", in: "query", schema: INTEGER }],
        expected: { path: { id: STRING }, query: { id: INTEGER } },
      },
      {
        name: "both lists add up",
        pathItem: [{ name: "X-Tenant", in: "header", schema: STRING }],
        operation: [{ name: "limit", in: "query", schema: INTEGER }],
        expected: { query: { limit: INTEGER }, header: { "X-Tenant": STRING } },
      },
      {
        name: "a parameter without a schema takes any value",
        pathItem: [],
        operation: [{ name: "q", in: "query" }],
        expected: { query: { q: {} } },
      },
      {
        name: "cookie parameters are no part of the request object",
        pathItem: [],
        operation: [{ name: "session", in: "cookie", required: true, schema: STRING }],
        expected: {},
      },
    ])("$name", ({ pathItem, operation, expected }) => {
      const schema = schemaOf({
        parameters: pathItem,
        get: { operationId: "op", parameters: operation },
      });
      const found = Object.fromEntries(
        Object.entries(schema.properties as Record<string, Json>).map(([location, value]) => [
          location,
          value.properties,
        ]),
      );
      expect(found).toEqual(expected);
    });

    test("follows $refs to components.parameters, at either level", () => {
      const schema = schemaOf(
        {
          parameters: [{ $ref: "#/components/parameters/Id" }],
          get: { operationId: "op", parameters: [{ $ref: "#/components/parameters/Limit" }] },
        },
        {
          parameters: {
            Id: { name: "id", in: "path", required: true, schema: STRING },
            Limit: { name: "limit", in: "query", schema: INTEGER },
          },
        },
      );
      expect(group(schema, "path")).toMatchObject({ properties: { id: STRING }, required: ["id"] });
      expect(group(schema, "query")).toMatchObject({ properties: { limit: INTEGER } });
    });

    test("an operation can make a required path-item parameter optional", () => {
      const schema = schemaOf({
        parameters: [{ name: "X-Tenant", in: "header", required: true, schema: STRING }],
        get: {
          operationId: "op",
          parameters: [{ name: "X-Tenant", in: "header", required: false, schema: STRING }],
        },
      });
      expect(group(schema, "header")).not.toHaveProperty("required");
      expect(schema).not.toHaveProperty("required");
    });
  });

  describe("requires a group exactly when one of its parameters is required", () => {
    test.each<{ parameters: Json[]; required: string[] | undefined; groups: Json }>([
      {
        parameters: [{ name: "id", in: "path", required: true }],
        required: ["path"],
        groups: { path: ["id"] },
      },
      {
        parameters: [{ name: "limit", in: "query" }],
        required: undefined,
        groups: { query: undefined },
      },
      {
        parameters: [
          { name: "a", in: "query", required: true },
          { name: "b", in: "query" },
          { name: "c", in: "query", required: true },
        ],
        required: ["query"],
        groups: { query: ["a", "c"] },
      },
      {
        parameters: [
          { name: "h", in: "header", required: true },
          { name: "q", in: "query" },
          { name: "id", in: "path", required: true },
        ],
        required: ["path", "header"],
        groups: { path: ["id"], query: undefined, header: ["h"] },
      },
    ])(
      "$parameters.length parameter(s) → required $required",
      ({ parameters, required, groups }) => {
        const schema = schemaOf({ get: { operationId: "op", parameters } });
        expect(schema.required).toEqual(required);
        for (const [location, names] of Object.entries(groups)) {
          expect(group(schema, location)?.required).toEqual(names);
          expect(group(schema, location)?.additionalProperties).toBe(false);
        }
      },
    );
  });

  describe("the body", () => {
    const BODY = { type: "object", properties: { a: STRING } };

    test.each<{ name: string; requestBody: Json | undefined; body: unknown; required: boolean }>([
      {
        name: "a required body",
        requestBody: { required: true, content: { "application/json": { schema: BODY } } },
        body: BODY,
        required: true,
      },
      {
        name: "an optional body (required: false)",
        requestBody: { required: false, content: { "application/json": { schema: BODY } } },
        body: BODY,
        required: false,
      },
      {
        name: "an optional body (required left out)",
        requestBody: { content: { "application/x-www-form-urlencoded": { schema: BODY } } },
        body: BODY,
        required: false,
      },
      {
        name: "a body without a schema",
        requestBody: { required: true, content: { "text/plain": {} } },
        body: {},
        required: true,
      },
      {
        name: "a body through components.requestBodies",
        requestBody: { $ref: "#/components/requestBodies/Update" },
        body: BODY,
        required: true,
      },
      { name: "no body", requestBody: undefined, body: undefined, required: false },
    ])("$name", ({ requestBody, body, required }) => {
      const schema = schemaOf(
        { put: { operationId: "op", ...(requestBody ? { requestBody } : {}) } },
        {
          requestBodies: {
            Update: { required: true, content: { "application/json": { schema: BODY } } },
          },
        },
      );
      expect(group(schema, "body")).toEqual(body);
      expect(((schema.required as string[] | undefined) ?? []).includes("body")).toBe(required);
    });
  });

  test.each([
    { ref: "other.yaml#/components/parameters/Id", error: /Only local \$refs are supported/ },
    { ref: "#/components/parameters/Missing", error: /Unresolved \$ref/ },
  ])("refuses parameter $ref $ref", ({ ref, error }) => {
    expect(() =>
      requestSchemas(
        document({ "/x": { get: { operationId: "op", parameters: [{ $ref: ref }] } } }),
      ),
    ).toThrow(error);
  });

  test("unescapes ~1 and ~0 in a $ref", () => {
    const schema = schemaOf(
      { get: { operationId: "op", parameters: [{ $ref: "#/components/parameters/a~1b~0c" }] } },
      { parameters: { "a/b~c": { name: "q", in: "query", schema: STRING } } },
    );
    expect(group(schema, "query")).toMatchObject({ properties: { q: STRING } });
  });
});

/** A body schema as the request schema carries it. */
function bodyOf(schema: Json): unknown {
  const request = schemaOf({
    post: {
      operationId: "op",
      requestBody: { content: { "application/json": { schema } } },
    },
  });
  return group(request, "body");
}

describe("annotations", () => {
  test.each([
    "description",
    "title",
    "example",
    "examples",
    "externalDocs",
    "xml",
    "discriminator",
    "$comment",
    "deprecated",
    "x-internal",
    "x-twilio",
  ])("drops the %s keyword", (keyword) => {
    expect(bodyOf({ type: "string", [keyword]: { any: "value" } })).toEqual({ type: "string" });
  });

  test.each(["description", "title", "example", "examples", "deprecated", "x-internal"])(
    "keeps a property named %s (and drops its own annotations)",
    (name) => {
      expect(
        bodyOf({
          type: "object",
          required: [name],
          properties: { [name]: { type: "string", description: "annotation", maxLength: 3 } },
        }),
      ).toEqual({
        type: "object",
        required: [name],
        properties: { [name]: { type: "string", maxLength: 3 } },
      });
    },
  );

  test.each(["patternProperties", "$defs", "dependentSchemas"])(
    "keeps names in %s, which are data, not keywords",
    (keyword) => {
      expect(
        bodyOf({ type: "object", [keyword]: { description: { title: "t", type: "string" } } }),
      ).toEqual({
        type: "object",
        [keyword]: { description: { type: "string" } },
      });
    },
  );

  test.each(["enum", "const", "default"])("keeps %s values verbatim, keys and all", (keyword) => {
    const value =
      keyword === "enum" ? [{ description: "x", "x-a": 1 }] : { description: "x", "x-a": 1 };
    expect(bodyOf({ type: "object", [keyword]: value })).toEqual({
      type: "object",
      [keyword]: value,
    });
  });

  test("strips at every depth: items, allOf, if/then, not, additionalProperties", () => {
    const annotated = { type: "string", description: "d", example: "e" };
    expect(
      bodyOf({
        type: "object",
        properties: { list: { type: "array", items: annotated, prefixItems: [annotated] } },
        allOf: [{ title: "t", required: ["list"] }],
        if: { description: "d", required: ["list"] },
        then: { "x-note": "n", required: ["list"] },
        not: { examples: [1], required: ["other"] },
        additionalProperties: annotated,
      }),
    ).toEqual({
      type: "object",
      properties: {
        list: { type: "array", items: { type: "string" }, prefixItems: [{ type: "string" }] },
      },
      allOf: [{ required: ["list"] }],
      if: { required: ["list"] },
      then: { required: ["list"] },
      not: { required: ["other"] },
      additionalProperties: { type: "string" },
    });
  });

  test("strips parameter schemas too, but keeps a parameter named description", () => {
    const schema = schemaOf({
      get: {
        operationId: "op",
        parameters: [
          { name: "description", in: "query", schema: { type: "string", example: "e", "x-a": 1 } },
        ],
      },
    });
    expect(group(schema, "query")).toMatchObject({ properties: { description: STRING } });
  });
});

describe("component $refs", () => {
  test.each([
    { ref: "#/components/schemas/Thing", rewritten: `${COMPONENTS_SCHEMA_ID}#/$defs/Thing` },
    {
      ref: "#/components/schemas/Thing/properties/a",
      rewritten: "components#/$defs/Thing/properties/a",
    },
    { ref: "#/components/schemas/A.B-c_d", rewritten: "components#/$defs/A.B-c_d" },
    // Only component schemas move; any other pointer is left as it was.
    { ref: "#/$defs/Local", rewritten: "#/$defs/Local" },
    { ref: "#/components/schemasX/Thing", rewritten: "#/components/schemasX/Thing" },
  ])("$ref → $rewritten", ({ ref, rewritten }) => {
    expect(bodyOf({ $ref: ref })).toEqual({ $ref: rewritten });
  });

  test("are rewritten at any depth, in parameters and bodies alike", () => {
    const ref = { $ref: "#/components/schemas/Id" };
    const moved = { $ref: "components#/$defs/Id" };
    const schema = schemaOf({
      post: {
        operationId: "op",
        parameters: [{ name: "id", in: "path", required: true, schema: ref }],
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "array", items: { anyOf: [ref, { properties: { id: ref } }] } },
            },
          },
        },
      },
    });
    expect(group(schema, "path")).toMatchObject({ properties: { id: moved } });
    expect(group(schema, "body")).toEqual({
      type: "array",
      items: { anyOf: [moved, { properties: { id: moved } }] },
    });
  });

  test("a property named $ref is a name, not a reference", () => {
    expect(bodyOf({ type: "object", properties: { $ref: { type: "string" } } })).toEqual({
      type: "object",
      properties: { $ref: { type: "string" } },
    });
  });
});

describe("componentsSchema", () => {
  test("holds components.schemas as $defs, annotations stripped and refs rewritten", () => {
    expect(
      componentsSchema(
        document(
          {},
          {
            securitySchemes: { Basic: { type: "http", scheme: "basic" } },
            schemas: {
              Thing: {
                type: "object",
                description: "A thing",
                properties: {
                  description: { type: "string", example: "e" },
                  owner: { $ref: "#/components/schemas/Owner" },
                },
              },
              Owner: { type: "string", "x-internal": true },
              // A component may itself be called like an annotation.
              title: { type: "string", title: "Title" },
            },
          },
        ),
      ),
    ).toEqual({
      $id: "components",
      $defs: {
        Thing: {
          type: "object",
          properties: {
            description: { type: "string" },
            owner: { $ref: "components#/$defs/Owner" },
          },
        },
        Owner: { type: "string" },
        title: { type: "string" },
      },
    });
  });

  test.each([
    { name: "no components", components: undefined },
    { name: "components without schemas", components: { securitySchemes: {} } },
  ])("is empty with $name", ({ components }) => {
    const doc: OpenApiDocument = { openapi: "3.1.0", info: { title: "T", version: "v1" } };
    if (components) doc.components = components;
    expect(componentsSchema(doc)).toEqual({ $id: "components", $defs: {} });
  });
});
