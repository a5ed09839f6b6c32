export {
  startMockGateway,
  type MockGateway,
  type MockGatewayOptions,
} from "./transports/gateway/start-gateway.js";
export { REQUEST_ID_HEADER } from "./engine/journal/request-id.js";
export type { JournalEntry } from "./engine/journal/journal.js";
export { FAULT_HEADER } from "./engine/faults/parse-fault.js";
