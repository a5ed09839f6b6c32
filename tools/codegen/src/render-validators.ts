import { GENERATED_BANNER } from "./banner.js";
import type { OpenApiDocument } from "./openapi-document.js";
import { requestSchemas } from "./request-schemas.js";
import { compileStandaloneValidators, validatorName } from "./standalone-validators.js";
import { componentsSchema } from "./validation-schema.js";

/**
 * `validators.ts` for one spec: Ajv standalone code with one request validator per operation,
 * compiled from the spec's own schemas. It imports nothing at run time, so it costs a client
 * no dependency and runs anywhere ES modules do.
 */
export function renderValidators(document: OpenApiDocument): string {
  const schemas = Object.entries(requestSchemas(document)).sort(([a], [b]) => a.localeCompare(b));
  const operationIds = schemas.map(([operationId]) => operationId);
  const code = compileStandaloneValidators(
    componentsSchema(document),
    schemas.map(([, schema]) => schema),
  );
  const type = `RequestValidators<${operationIds.map((id) => JSON.stringify(id)).join(" | ")}>`;
  return [
    GENERATED_BANNER,
    "// Ajv standalone code: request validators compiled from the spec's schemas.",
    "// @ts-nocheck",
    `import type { RequestValidators } from "@switchboard/client-runtime";`,
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
