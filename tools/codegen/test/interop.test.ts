import ucs2length from "ajv/dist/runtime/ucs2length.js";
import { expect, test } from "vitest";
import type { OpenApiDocument } from "../src/openapi-document.js";
import { renderValidators } from "../src/render-validators.js";

// No vi.mock here on purpose: this file imports Ajv's CommonJS helper the way vitest (and
// bundlers) do, which unwraps an `__esModule` default. Node's own ESM loader does not.

const DOCUMENT: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Interop", version: "v1" },
  paths: {
    "/x": {
      post: {
        operationId: "send",
        requestBody: { content: { "application/json": { schema: { type: "string" } } } },
      },
    },
  },
};

test("vitest hands Ajv's ucs2length helper over already unwrapped", () => {
  expect(ucs2length).toBeTypeOf("function");
});

// The helper is required, not imported, so the loader's interop cannot change its shape.
test("renderValidators works whichever way the helper was interop-imported", () => {
  expect(renderValidators(DOCUMENT)).toContain("const ucs2length = function ucs2length(");
});
