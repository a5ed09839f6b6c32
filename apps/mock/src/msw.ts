/** `@switchboard/mock/msw`: the mock engine as MSW request handlers (needs `msw` installed). */
export {
  createMockHandlers,
  type MockHandlers,
  type MockHandlersOptions,
} from "./transports/msw/create-mock-handlers.js";
export type { FastPathStats } from "./engine/fast-path/fast-path-stats.js";
