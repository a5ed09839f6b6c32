import { describe, expect, test } from "vitest";
import { documentedExample, namedExamples } from "../../src/spec/index.js";

const document = {
  components: {
    examples: {
      Closed: { summary: "A closed one", value: { Status: "closed" } },
      ClosedAlias: { $ref: "#/components/examples/Closed" },
      External: { externalValue: "https://example.test/example.json" },
    },
    parameters: {
      Limit: { name: "limit", in: "query", example: 10 },
    },
    schemas: {
      WithExamples: { type: "string", examples: ["first", "second"], example: "legacy" },
      Status: { type: "string", enum: ["open", "closed"], example: "open" },
      StatusAlias: { $ref: "#/components/schemas/Status" },
    },
  },
};

describe("namedExamples", () => {
  test.each<{ name: string; node: unknown; examples: unknown[] }>([
    {
      name: "named examples, in spec order",
      node: {
        examples: { open: { value: "open" }, closed: { summary: "Closed", value: "closed" } },
      },
      examples: [
        { name: "open", value: "open" },
        { name: "closed", summary: "Closed", value: "closed" },
      ],
    },
    {
      name: "$ref'd example objects, followed",
      node: {
        examples: {
          viaRef: { $ref: "#/components/examples/Closed" },
          viaChain: { $ref: "#/components/examples/ClosedAlias" },
        },
      },
      examples: [
        { name: "viaRef", summary: "A closed one", value: { Status: "closed" } },
        { name: "viaChain", summary: "A closed one", value: { Status: "closed" } },
      ],
    },
    {
      name: "examples without a value, skipped",
      node: {
        examples: {
          external: { $ref: "#/components/examples/External" },
          empty: {},
          notAnObject: "x",
          kept: { value: 1 },
        },
      },
      examples: [{ name: "kept", value: 1 }],
    },
    {
      name: "a null value, kept",
      node: { examples: { none: { value: null } } },
      examples: [{ name: "none", value: null }],
    },
    {
      name: "a lone example",
      node: { example: { a: 1 } },
      examples: [{ name: "example", value: { a: 1 } }],
    },
    {
      name: "a lone null example",
      node: { example: null },
      examples: [{ name: "example", value: null }],
    },
    {
      name: "examples over example",
      node: { example: "lone", examples: { named: { value: "named" } } },
      examples: [{ name: "named", value: "named" }],
    },
    {
      name: "a $ref'd parameter's example",
      node: { $ref: "#/components/parameters/Limit" },
      examples: [{ name: "example", value: 10 }],
    },
    {
      name: "a summary that is not a string, left out",
      node: { examples: { a: { summary: 3, value: "a" } } },
      examples: [{ name: "a", value: "a" }],
    },
    {
      name: "nothing documented",
      node: { schema: { type: "string", example: "x" } },
      examples: [],
    },
    { name: "not an object", node: "text", examples: [] },
    { name: "undefined", node: undefined, examples: [] },
  ])("$name", ({ node, examples }) => {
    expect(namedExamples(document, node)).toStrictEqual(examples);
  });
});

describe("documentedExample", () => {
  test.each<{ name: string; node: unknown; example: unknown }>([
    {
      name: "the first own example",
      node: { examples: { a: { value: "a" }, b: { value: "b" } }, schema: { example: "s" } },
      example: { name: "a", value: "a" },
    },
    {
      name: "a lone example over the schema's",
      node: { example: "own", schema: { example: "s" } },
      example: { name: "example", value: "own" },
    },
    {
      name: "the schema's examples[0], over its example",
      node: { schema: { $ref: "#/components/schemas/WithExamples" } },
      example: { name: "schema", value: "first" },
    },
    {
      name: "the schema's example, through a $ref chain",
      node: { schema: { $ref: "#/components/schemas/StatusAlias" } },
      example: { name: "schema", value: "open" },
    },
    {
      name: "the schema's example when its examples is empty",
      node: { schema: { examples: [], example: 0 } },
      example: { name: "schema", value: 0 },
    },
    {
      name: "the schema's example when no own example has a value",
      node: { examples: { ext: { externalValue: "x" } }, schema: { example: false } },
      example: { name: "schema", value: false },
    },
    {
      name: "a $ref'd parameter",
      node: { $ref: "#/components/parameters/Limit" },
      example: { name: "example", value: 10 },
    },
  ])("$name", ({ node, example }) => {
    expect(documentedExample(document, node)).toStrictEqual(example);
  });

  test.each<{ name: string; node: unknown }>([
    { name: "a schema without examples", node: { schema: { type: "string" } } },
    { name: "no schema", node: { name: "q", in: "query" } },
    { name: "a schema that is not an object", node: { schema: true } },
    { name: "not an object", node: 42 },
  ])("undefined for $name", ({ node }) => {
    expect(documentedExample(document, node)).toBeUndefined();
  });
});
