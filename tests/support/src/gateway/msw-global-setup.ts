/**
 * The MSW transport in place of the gateway, for a suite run twice (over the gateway, then over
 * MSW): this global setup hands the tests the same `GatewayInfo` for the handlers' origin, and
 * each test file installs the handlers in its own process (`@switchboard/test-support/msw-setup`).
 */
import { createMockHandlers } from "@switchboard/mock/msw";
import type { TestProject } from "vitest/node";

import type { GatewayInfo } from "./gateway-info.js";

/** Where the MSW handlers answer; any origin would do, none is reachable. */
export const MSW_ORIGIN = "http://switchboard.mock";

/** A vitest global setup: the handlers' wiring, read from their own `/__health`. */
export function mswGatewaySetup(suite: string) {
  return async (project: TestProject): Promise<void> => {
    const mock = await createMockHandlers({ origin: MSW_ORIGIN });
    const health = await mock.fetch(`${MSW_ORIGIN}/__health`);
    const { specs } = (await health.json()) as { specs: { prefix: string; baseUrl: string }[] };
    const info: GatewayInfo = {
      url: MSW_ORIGIN,
      vendors: Object.fromEntries(specs.map(({ prefix, baseUrl }) => [prefix, baseUrl])),
      journalLimit: mock.journal.limit,
    };
    project.provide("gateway", info);
    console.log(`${suite}: MSW handlers at ${MSW_ORIGIN}, in each test file's process`);
  };
}
