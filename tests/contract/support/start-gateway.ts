/**
 * Starts the mock gateway on a free port for a vitest run and hands its URLs to the tests
 * (`inject("gateway")`). A gateway that cannot start, or does not answer its health check,
 * fails the run before any test. Shared by every suite that tests against the gateway.
 */
import { startMockGateway, type MockGateway } from "@switchboard/mock";
import type { TestProject } from "vitest/node";

import "./gateway.js";

/** The started gateway's URL and how to stop it; `suite` names the suite in every error. */
export async function provideGateway(
  project: TestProject,
  suite: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  let gateway: MockGateway;
  try {
    gateway = await startMockGateway({ port: 0 });
  } catch (error) {
    throw new Error(
      `${suite}: the mock gateway did not start (is @switchboard/mock built? run \`pnpm --filter @switchboard/mock build\`): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const health = await fetch(`${gateway.url}/__health`).catch((error: unknown) => error as Error);
  if (health instanceof Error || !health.ok) {
    await gateway.close();
    throw new Error(
      `${suite}: the mock gateway at ${gateway.url} does not answer GET /__health: ${health instanceof Error ? health.message : health.status}`,
    );
  }

  project.provide("gateway", {
    url: gateway.url,
    vendors: gateway.vendors,
    journalLimit: gateway.journal.limit,
  });
  console.log(`${suite}: mock gateway on ${gateway.url}`);
  return { url: gateway.url, close: () => gateway.close() };
}
