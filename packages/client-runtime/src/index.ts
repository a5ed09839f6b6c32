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
  type SpecClientAuthentication,
  type SpecClientOptions,
} from "./spec-client.js";
export { createBodySerializer, encodeFormBody } from "./request-body.js";
export { serializePathParams } from "./path-params.js";
export { resolveServerUrl } from "./server-url.js";
export {
  authenticationHeaders,
  type Credential,
  type CredentialOptionNames,
} from "./credentials.js";
export type { StrictClient, StrictClientMethod } from "./strict-client.js";
