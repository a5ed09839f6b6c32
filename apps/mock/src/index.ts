export {
  startMockGateway,
  type MockGateway,
  type MockGatewayOptions,
} from "./transports/gateway/start-gateway.js";
export { REQUEST_ID_HEADER } from "./engine/journal/request-id.js";
export type { JournalEntry } from "./engine/journal/journal.js";
export type { OmittedBody } from "./engine/journal/journal-body.js";
export type { JournalFilter } from "./engine/journal/journal-filter.js";
export { FAULT_HEADER } from "./engine/faults/parse-fault.js";
