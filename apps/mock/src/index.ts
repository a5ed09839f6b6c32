export {
  REQUEST_ID_HEADER,
  startMockGateway,
  type MockGateway,
  type MockGatewayOptions,
} from "./gateway.js";
export type { JournalEntry } from "./journal.js";
export { FAULT_HEADER } from "./faults.js";
