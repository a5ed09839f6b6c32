export type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";

export {
  ajvFor,
  bundledSpecPath,
  bundledVendors,
  resolvePointer,
  schemaUri,
  specDocument,
  specId,
  validatorAt,
} from "./bundled-spec.js";
export { errorSummary, type ErrorSummary } from "./errors.js";
export { isObject, type JsonObject } from "./json.js";
export { createOpenApiAjv, extensionKeys, openApiSchemaKeywords } from "./openapi-ajv.js";
export {
  effectiveParameters,
  findOperation,
  pathOperations,
  type HttpMethod,
  type LocatedParameter,
  type OpenApiOperation,
  type OpenApiParameter,
  type PathOperation,
} from "./operations.js";
export {
  atPointer,
  escapePointerToken,
  pointerOf,
  pointerTokens,
  unescapePointerToken,
} from "./pointer.js";
