/**
 * For a vitest setup file: the mock engine's MSW handlers installed for one test file, at the
 * origin the MSW global setup handed out. Nothing listens on a port; a request anywhere else
 * fails the test.
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
    server.listen({ onUnhandledRequest: "error" });
  });
  afterAll(() => server.close());
}
