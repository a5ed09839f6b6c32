/**
 * The spec toolkit: what every part of Switchboard reads OpenAPI documents with (codegen, the
 * mock, the facade, the docs, the test suites, the benchmarks).
 */
export { isObject, type JsonObject } from "./json.js";
export {
  atPointer,
  escapePointerToken,
  pointerOf,
  pointerTokens,
  unescapePointerToken,
} from "./json-pointer.js";
export { refPointer, resolveNode, resolvePointer } from "./refs.js";
export {
  effectiveParameters,
  HTTP_METHODS,
  isHttpMethod,
  specOperations,
  type HttpMethod,
  type LocatedParameter,
  type ParameterObject,
  type SpecOperation,
} from "./operations.js";
export { documentedExample, namedExamples, type NamedExample } from "./examples.js";
export { documentedRequest, type DocumentedRequest } from "./documented-request.js";
export { documentedResponses, type DocumentedResponse } from "./documented-responses.js";
export {
  detectErrorFormat,
  ERROR_FORMAT_NAMES,
  ERROR_FORMATS,
  MAX_LISTED_VIOLATIONS,
  readErrorBody,
  type ErrorFormat,
  type ErrorFormatName,
  type ErrorIssue,
  type ErrorReader,
  type ErrorReading,
  type ErrorWriter,
  type Violation,
} from "./error-formats/index.js";
export { camelCase, isIdentifier, pascalCase, vendorNameOf } from "./names.js";
export {
  credentialOptions,
  DEFAULT_CREDENTIAL_OPTIONS,
  documentExtension,
  EXTENSION,
  vendorErrorFormat,
  type DocumentExtension,
  type SchemeKind,
} from "./switchboard-extension.js";
export {
  describeVendor,
  type Manifest,
  type ManifestOperation,
  type ServerVariableOption,
  type VendorAuth,
  type VendorManifest,
} from "./vendor-manifest.js";
export { vendorAuth } from "./vendor-auth.js";
export {
  credentialOptionValues,
  placeholderCredentials,
  snakeCase,
  type CredentialValues,
} from "./vendor-credentials.js";
