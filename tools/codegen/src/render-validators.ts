import { createRequire } from "node:module";
import { Ajv2020, type Format } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { fastFormats } from "ajv-formats/dist/formats.js";
import { GENERATED_BANNER } from "./banner.js";
import type { OpenApiDocument } from "./openapi-document.js";
import { componentsSchema, requestSchemas } from "./request-schemas.js";

const UCS2LENGTH_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';

// Required, not imported: ESM-to-CommonJS interop differs between Node and bundlers.
const ucs2length = (
  createRequire(import.meta.url)("ajv/dist/runtime/ucs2length") as { default: () => number }
).default;

/**
 * ajv-formats' fast formats as plain RegExps, which Ajv inlines into standalone code. The
 * date and time formats also carry a compare function (only for `formatMinimum` and the like,
 * which no spec here uses); keeping it would make Ajv `require` ajv-formats at run time.
 */
const INLINE_FORMATS: Record<string, Format> = Object.fromEntries(
  Object.entries(fastFormats).flatMap(([name, format]): [string, Format][] => {
    if (format instanceof RegExp || typeof format === "boolean") return [[name, format]];
    if (typeof format === "object" && format.validate instanceof RegExp) {
      return [[name, format.validate]];
    }
    return [];
  }),
);

/**
 * `validators.ts` for one spec: Ajv standalone code with one request validator per operation,
 * compiled from the spec's own schemas. It imports nothing at run time, so it costs a client
 * no dependency and runs anywhere ES modules do.
 */
export function renderValidators(document: OpenApiDocument): string {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    code: { source: true, esm: true, lines: true },
    formats: INLINE_FORMATS,
  });
  ajv.addSchema(componentsSchema(document));
  const schemas = Object.entries(requestSchemas(document)).sort(([a], [b]) => a.localeCompare(b));
  const operationIds = schemas.map(([operationId]) => operationId);
  for (const [, schema] of schemas) ajv.addSchema(schema);

  const exportNames = Object.fromEntries(
    operationIds.map((operationId) => [validatorName(operationId), operationId]),
  );
  const code = standaloneCode
    .default(ajv, exportNames)
    .replace(/^"use strict";\s*/, "")
    .replaceAll(UCS2LENGTH_REQUIRE, "ucs2length")
    // Only the typed `requestValidators` is exported: Ajv's functions have no declarations a
    // consumer's type checker (skipLibCheck off) would accept.
    .replace(/^export const (validate_\w+) = /gm, "const $1 = ");
  if (code.includes("require(")) {
    throw new Error(
      "Validators would need a runtime require (a format or keyword Ajv cannot inline)",
    );
  }
  const type = `RequestValidators<${operationIds.map((id) => JSON.stringify(id)).join(" | ")}>`;
  return [
    GENERATED_BANNER,
    "// Ajv standalone code: request validators compiled from the spec's schemas.",
    "// @ts-nocheck",
    `import type { RequestValidators } from "@switchboard/client-runtime";`,
    "",
    `// Counts code points as JSON Schema's length keywords do (Ajv's runtime helper).`,
    `const ucs2length = ${ucs2length.toString()};`,
    "",
    code,
    "",
    `/** One validator per operation, of the whole request: \`{ path, query, header, body }\`. */`,
    `export const requestValidators: ${type} = {`,
    ...operationIds.map((id) => `  ${JSON.stringify(id)}: ${validatorName(id)},`),
    "};",
    "",
  ].join("\n");
}

function validatorName(operationId: string): string {
  return `validate_${operationId.replace(/\W/g, "_")}`;
}
