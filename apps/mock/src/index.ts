export {
  startMockGateway,
  type MockGateway,
  type MockGatewayOptions,
} from "./transports/gateway/start-gateway.js";
export { connectMockGateway } from "./control/connect.js";
export {
  createMockControl,
  type MockControl,
  type StubHandle,
  type VendorWire,
} from "./control/mock-control.js";
export { MockExpectationError } from "./control/mock-expectation-error.js";
export type {
  AnyVendors,
  MockOperationShape,
  MockVendorCatalog,
  MockVendorShape,
  RequestQuery,
  StateSeedFor,
  StubAnswerFor,
  StubFor,
  SwitchboardWiring,
  VendorKeyOf,
  VendorUrls,
} from "./control/mock-vendors.js";
export type { ManifestVendors } from "./generated/manifest-vendors.js";
export type { Stub, StubAnswer, StubDefinition } from "./engine/stubs/stub.js";
export { REQUEST_ID_HEADER } from "./engine/journal/request-id.js";
export type { JournalEntry } from "./engine/journal/journal.js";
export type { StateEntry } from "./engine/state/state-entry.js";
export type { OmittedBody } from "./engine/journal/journal-body.js";
export type { JournalFilter } from "./engine/journal/journal-filter.js";
export { FAULT_HEADER } from "./engine/faults/parse-fault.js";
