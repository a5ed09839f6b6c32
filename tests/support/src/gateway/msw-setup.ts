/**
 * For a vitest setup file: the mock engine's MSW handlers installed for one test file, at the
 * origin the MSW global setup handed out. Nothing listens on a port.
 */
import { createMockHandlers } from "@switchboard/mock/msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, inject } from "vitest";

/** Installs a fresh engine's handlers for one test file, and removes them after it. */
export function installMswHandlers(): void {
  const server = setupServer();
  beforeAll(async () => {
    const mock = await createMockHandlers({ origin: inject("gateway").url });
    server.use(...mock.handlers);
    // Elsewhere is left to the network, as over the gateway: some tests call a closed port on
    // purpose, and MSW's "error" would print their bodies, canary credentials included.
    server.listen({ onUnhandledRequest: "bypass" });
  });
  afterAll(() => server.close());
}
