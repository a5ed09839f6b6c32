import openapiDiff from "openapi-diff";
import { describe, expect, it } from "vitest";
import { convertSchema, toOpenApi30 } from "../src/to-openapi30.js";
import type { OpenApiDocument } from "../src/openapi.js";
import { repoSpecs } from "./helpers.js";

const REPO_SPECS = repoSpecs();

const diff = (base: OpenApiDocument, head: OpenApiDocument) =>
  openapiDiff.diffSpecs({
    sourceSpec: { content: JSON.stringify(base), location: "base", format: "openapi3" },
    destinationSpec: { content: JSON.stringify(head), location: "head", format: "openapi3" },
  });

describe("convertSchema", () => {
  it.each([
    ["type: [T, null]", { type: ["string", "null"] }, { type: "string", nullable: true }],
    [
      "several types",
      { type: ["string", "integer"] },
      { anyOf: [{ type: "string" }, { type: "integer" }] },
    ],
    [
      "anyOf with a null branch",
      { anyOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }], description: "d" },
      { allOf: [{ $ref: "#/components/schemas/A" }], description: "d", nullable: true },
    ],
    [
      "anyOf with two branches and a null one",
      { anyOf: [{ type: "string" }, { type: "integer" }, { type: "null" }] },
      { anyOf: [{ type: "string" }, { type: "integer" }], nullable: true },
    ],
    ["const", { type: "string", const: "inactive" }, { type: "string", enum: ["inactive"] }],
    [
      "keywords 3.0 lacks and an empty required",
      { type: "object", required: [], examples: [{}], $comment: "c", properties: {} },
      { type: "object", properties: {} },
    ],
    [
      "numeric exclusiveMinimum",
      { type: "number", exclusiveMinimum: 0 },
      { type: "number", minimum: 0, exclusiveMinimum: true },
    ],
    [
      "a $ref with annotations beside it",
      { $ref: "#/components/schemas/A", description: "d", "x-note": "n" },
      { $ref: "#/components/schemas/A" },
    ],
    [
      "a $ref with constraints beside it",
      { $ref: "#/components/schemas/A", maxLength: 3 },
      { allOf: [{ $ref: "#/components/schemas/A" }, { maxLength: 3 }] },
    ],
    [
      "nested schemas",
      {
        type: "array",
        items: { type: "object", properties: { a: { type: ["integer", "null"] } } },
      },
      {
        type: "array",
        items: { type: "object", properties: { a: { type: "integer", nullable: true } } },
      },
    ],
  ])("%s", (_name, schema, expected) => {
    expect(convertSchema(schema)).toEqual(expected);
  });
});

describe("toOpenApi30", () => {
  it("rewrites the version and drops what 3.0 lacks, leaving examples as they are", () => {
    const example = { type: ["a", "null"], required: [] };
    const converted = toOpenApi30({
      openapi: "3.1.0",
      info: { title: "t", version: "1", summary: "s", license: { name: "MIT", identifier: "MIT" } },
      webhooks: {},
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { type: ["string", "null"] }, example } },
              },
            },
          },
        },
      },
      components: { examples: { e: { value: example } } },
    });
    expect(converted).toEqual({
      openapi: "3.0.3",
      info: { title: "t", version: "1", license: { name: "MIT" } },
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": { schema: { type: "string", nullable: true }, example },
                },
              },
            },
          },
        },
      },
      components: { examples: { e: { value: example } } },
    });
  });

  it("openapi-diff rejects a 3.1 document as it is", async () => {
    const [{ document }] = REPO_SPECS as [(typeof REPO_SPECS)[number]];
    await expect(diff(document, document)).rejects.toThrow(/Unsupported OpenAPI version: 3\.1\.0/);
  });

  it.each(REPO_SPECS.map(({ spec, document }) => [spec, document] as const))(
    "%s converts into a document openapi-diff validates, equal to itself",
    async (_name, document) => {
      const converted = toOpenApi30(document);
      const outcome = await diff(converted, converted);
      expect(outcome).toEqual({
        breakingDifferencesFound: false,
        nonBreakingDifferences: [],
        unclassifiedDifferences: [],
      });
      // Nothing 3.1-only is left in the schemas openapi-diff reads.
      const text = JSON.stringify(converted.components);
      expect(text).not.toMatch(/"type":\[|"type":"null"|"const":|"examples":\[/);
    },
  );
});
