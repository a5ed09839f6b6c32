import { GENERATED_BANNER } from "./banner.js";
import type { OpenApiDocument } from "./openapi-document.js";
import { responseSchemas } from "./response-schemas.js";
import { compileStandaloneValidators, validatorName } from "./standalone-validators.js";
import { componentsSchema } from "./validation-schema.js";

/**
 * `response-validators.ts` for one spec: Ajv standalone code with one validator per operation
 * and documented 2xx status with a JSON body, of the body alone. It is its own module, behind
 * the package's `./response-validators` subpath, so only code that checks responses loads it.
 */
export function renderResponseValidators(document: OpenApiDocument): string {
  const operations = Object.entries(responseSchemas(document))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([operationId, byStatus]) => ({
      operationId,
      statuses: Object.entries(byStatus).sort(([a], [b]) => a.localeCompare(b)),
    }));
  const code = compileStandaloneValidators(
    componentsSchema(document, { responseOf: document }),
    operations.flatMap(({ statuses }) => statuses.map(([, schema]) => schema)),
  );
  const type = `ResponseValidators<${operations.map(({ operationId }) => JSON.stringify(operationId)).join(" | ")}>`;
  const entries = operations.map(({ operationId, statuses }) => {
    const validators = statuses.map(
      ([status, schema]) => `${JSON.stringify(status)}: ${validatorName(String(schema.$id))}`,
    );
    const body = validators.length > 0 ? `{ ${validators.join(", ")} }` : "{}";
    return `  ${JSON.stringify(operationId)}: ${body},`;
  });
  return [
    GENERATED_BANNER,
    "// Ajv standalone code: response body validators compiled from the spec's schemas.",
    "// @ts-nocheck",
    `import type { ResponseValidators } from "@switchboard/client-runtime";`,
    "",
    code,
    "",
    "/** Per operation, one validator of the response body per documented 2xx status with JSON. */",
    `export const responseValidators: ${type} = {`,
    ...entries,
    "};",
    "",
  ].join("\n");
}
