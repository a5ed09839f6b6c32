/**
 * What the test suites share, derived from the manifest: nothing here names a vendor. The
 * gateway's global setup is `@switchboard/test-support/global-setup` (it loads the mock).
 */
export type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";

export { manifest, manifestVendors, REPO_ROOT, vendorKeyed, vendorNamed } from "./manifest.js";
export {
  registered,
  registeredVendors,
  type RegisteredVendor,
  type RegistryEntry,
} from "./registry.js";

export { ajvFor, schemaUri, specDocument, specId, validatorAt } from "./spec/bundled-spec.js";
export { errorSummary, type ErrorSummary } from "./spec/errors.js";
export { createOpenApiAjv, extensionKeys, openApiSchemaKeywords } from "./spec/openapi-ajv.js";
export {
  allOperations,
  findOperation,
  operationsOf,
  type NamedExample,
  type Operation,
  type Parameter,
  type RequestMedia,
  type ResponseDoc,
  type SecurityScheme,
} from "./spec/operations.js";
export { documentedResponse, successResponse, validationResponse } from "./spec/responses.js";
export { deref, resolvedSchema } from "./spec/schemas.js";

export {
  basicCredential,
  canaryCredentials,
  canaryOptions,
  canarySecrets,
  canarySecretsOf,
  canaryUsernames,
} from "./credentials.js";
export {
  credentialHeaders,
  schemeStyle,
  secretFor,
  secretStrings,
  styleHeaders,
  styleName,
  type CredentialStyle,
} from "./requests/credential-styles.js";
export {
  documentedRequest,
  documentedRequests,
  type DocumentedRequest,
} from "./requests/documented-requests.js";
export { encodeBody } from "./requests/encode-body.js";
export {
  documentedWireRequest,
  examplePathParams,
  exampleQuery,
  operationInit,
  operationUrl,
  send,
  sendOperation,
  type OperationRequest,
  type Sent,
} from "./requests/wire.js";

export { bodyMutations, isObjectSchema } from "./mutations/body-mutations.js";
export {
  admitsType,
  breakPattern,
  jsonType,
  typesOf,
  wrongTypeValue,
} from "./mutations/breaking-values.js";
export { localRejection } from "./mutations/local-rejection.js";
export { mutatedBody } from "./mutations/mutated-body.js";
export {
  deserializeParameter,
  parameterMutations,
  parameterValidator,
} from "./mutations/parameter-mutations.js";
export {
  mutationLocation,
  mutationName,
  UNKNOWN_KEY,
  type BodyMutation,
  type Mutation,
  type ParameterMutation,
  type Segment,
} from "./mutations/types.js";
export { removeValueAt, setValueAt, valueAt } from "./mutations/values-at.js";

export { gateway, vendorUrl, type GatewayInfo } from "./gateway/gateway-info.js";
export { clearJournal, gapsMs, readJournal, type JournalEntry } from "./gateway/journal.js";
export { clientFor, type GenericClient } from "./clients.js";
export {
  gatewayOptions,
  gatewaySwitchboard,
  type FacadeSettings,
  type GatewayOptions,
} from "./facade.js";
export {
  closedPortUrl,
  echoingVendorFetch,
  faultPlanFetch,
  rewriteBodyFetch,
  rewriteUrlFetch,
} from "./fetches.js";
export { trackFacadeTimers } from "./timers.js";
