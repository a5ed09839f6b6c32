/**
 * Starts the mock gateway with the built docs site at its root, on a free port, for the whole
 * run. Missing docs or a gateway that cannot start fail the run before any test.
 */
import path from "node:path";
import { startMockGateway, type MockGateway } from "@switchboard/mock";
import type { TestProject } from "vitest/node";
import "./gateway.js";

/** Where `pnpm docs` (the `@switchboard/docs` build) writes the site. */
export const DOCS_DIR = path.resolve(import.meta.dirname, "../../../apps/docs/dist");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let gateway: MockGateway;
  try {
    gateway = await startMockGateway({ port: 0, docsDir: DOCS_DIR });
  } catch (error) {
    throw new Error(
      `browser suite: the gateway did not start with the docs (run \`pnpm docs\` first): ${(error as Error).message}`,
      { cause: error },
    );
  }
  project.provide("gateway", { url: gateway.url, vendors: gateway.vendors });
  return () => gateway.close();
}
