import { describe, expect, it } from "vitest";

import { createOpenApiAjv, extensionKeys, openApiSchemaKeywords } from "../src/index.js";

const document = {
  openapi: "3.1.0",
  "x-top": true,
  paths: { "/a": { get: { "x-op": 1, responses: {} } } },
  components: { schemas: { A: { type: "string", "x-field": [{ "x-nested": 1 }] } } },
};

describe("createOpenApiAjv", () => {
  it("collects every x- key of the document, sorted", () => {
    expect(extensionKeys(document)).toEqual(["x-field", "x-nested", "x-op", "x-top"]);
  });

  it("keeps strict mode on: an unknown keyword fails compilation", () => {
    const ajv = createOpenApiAjv(document);
    expect(() => ajv.compile({ type: "string", maxLenght: 3 })).toThrow(
      /strict mode: unknown keyword: "maxLenght"/,
    );
    expect(() => ajv.compile({ type: "string", "x-elsewhere": 1 })).toThrow(
      /strict mode: unknown keyword: "x-elsewhere"/,
    );
  });

  it("treats OpenAPI's keywords and the document's x- keys as annotations only", () => {
    const validate = createOpenApiAjv(document).compile({
      type: "string",
      ...Object.fromEntries(
        [...openApiSchemaKeywords, ...extensionKeys(document)].map((key) => [key, { any: 1 }]),
      ),
    });
    expect(validate("text")).toBe(true);
    expect(validate(1)).toBe(false);
  });

  it("allows nullable type arrays, checks formats and reports every error", () => {
    const validate = createOpenApiAjv(document).compile({
      type: "object",
      properties: { at: { type: ["string", "null"], format: "date-time" }, n: { type: "integer" } },
    });
    expect(validate({ at: null, n: 1 })).toBe(true);
    expect(validate({ at: "yesterday", n: "one" })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(["/at", "/n"]);
  });
});
