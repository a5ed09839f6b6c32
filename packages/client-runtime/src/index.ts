export type {
  HttpMethod,
  OperationMetadata,
  RequestBodyMetadata,
  SecuritySchemeMetadata,
  ServerMetadata,
  ServerVariableMetadata,
  SpecMetadata,
} from "./spec-metadata.js";
export {
  createSpecClient,
  sendingFetch,
  type SpecClientAuthentication,
  type SpecClientOptions,
} from "./spec-client.js";
export {
  CrossOriginRedirectError,
  MAX_REDIRECTS,
  sameOriginRedirects,
  type RequestFetch,
} from "./same-origin-redirects.js";
export { createBodySerializer, encodeFormBody } from "./request-body.js";
export { pathParamNames, pathParamProblem, serializePathParams } from "./path-params.js";
export { chooseBaseUrl, resolveServerUrl } from "./server-url.js";
export {
  authenticationHeaders,
  type Credential,
  type CredentialOptionNames,
} from "./credentials.js";
export type { StrictClient, StrictClientMethod } from "./strict-client.js";
export {
  validateRequest,
  type RequestIssue,
  type RequestValidator,
  type RequestValidators,
  type ResponseValidators,
  type ValidatorError,
} from "./request-validation.js";
export {
  CIRCULAR,
  isSecretName,
  MAX_REDACTION_DEPTH,
  REDACTED,
  redactBody,
  redactHeaders,
  TOO_DEEP,
} from "./redact.js";
export { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "./mock-source.js";
