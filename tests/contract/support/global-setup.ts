/**
 * Starts the mock gateway once for the whole run, on a free port, and hands its URLs to the
 * tests (`inject("gateway")`). A gateway that cannot start, or does not answer its health check,
 * fails the run before any test. Also writes the generated case list.
 */
import { startMockGateway, type MockGateway } from "@switchboard/mock";
import type { TestProject } from "vitest/node";

import { CASE_LIST_PATH, writeCaseList } from "./cases.js";
import "./gateway.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let gateway: MockGateway;
  try {
    gateway = await startMockGateway({ port: 0 });
  } catch (error) {
    throw new Error(
      `contract suite: the mock gateway did not start (is @switchboard/mock built? run \`pnpm --filter @switchboard/mock build\`): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const health = await fetch(`${gateway.url}/__health`).catch((error: unknown) => error as Error);
  if (health instanceof Error || !health.ok) {
    await gateway.close();
    throw new Error(
      `contract suite: the mock gateway at ${gateway.url} does not answer GET /__health: ${health instanceof Error ? health.message : health.status}`,
    );
  }

  project.provide("gateway", {
    url: gateway.url,
    vendors: gateway.vendors,
    journalLimit: gateway.journal.limit,
  });

  const count = writeCaseList();
  console.log(`contract suite: ${count} generated cases, listed in ${CASE_LIST_PATH}`);
  console.log(`contract suite: mock gateway on ${gateway.url}`);

  return () => gateway.close();
}
