/**
 * Starts the mock gateway on a free port for a vitest run and hands its URLs to the tests
 * (`inject("gateway")`). A gateway that cannot start, or does not answer its health check,
 * fails the run before any test. A suite's `test/support/global-setup.ts` calls this.
 */
import { startMockGateway, type AnyVendors, type MockGateway } from "@switchboard/mock";
import type { TestProject } from "vitest/node";

import type { GatewayInfo } from "./gateway-info.js";

export interface GatewaySetupOptions {
  /** A built static site (the docs) to serve at the gateway's root. */
  docsDir?: string;
  /** A folder of the suite's own specs (`<name>.yaml`, served under `/<name>`) instead of the manifest's. */
  specs?: string;
}

/** The started gateway's URL and how to stop it; `suite` names the suite in every error. */
export async function provideGateway(
  project: TestProject,
  suite: string,
  options: GatewaySetupOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  let gateway: MockGateway<AnyVendors>;
  try {
    gateway = await startMockGateway({ port: 0, ...options });
  } catch (error) {
    const hint =
      options.docsDir === undefined
        ? "is @switchboard/mock built? run `pnpm --filter @switchboard/mock build`"
        : "are @switchboard/mock and the docs built? run `pnpm build:docs`";
    throw new Error(
      `${suite}: the mock gateway did not start${serving(options)} (${hint}): ${(error as Error).message}`,
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

  const { specs } = (await health.json()) as { specs: { prefix: string; baseUrl: string }[] };
  const info: GatewayInfo = {
    url: gateway.url,
    vendors: Object.fromEntries(specs.map(({ prefix, baseUrl }) => [prefix, baseUrl])),
    journalLimit: gateway.journal.limit,
  };
  project.provide("gateway", info);
  console.log(`${suite}: mock gateway on ${gateway.url}${serving(options)}`);
  return { url: gateway.url, close: () => gateway.close() };
}

/** Which specs the gateway serves, when they are not the manifest's. */
function serving({ specs }: GatewaySetupOptions): string {
  return specs === undefined ? "" : ` serving ${specs}`;
}

/** A vitest global setup that only starts the gateway: `export default gatewaySetup("… suite")`. */
export function gatewaySetup(suite: string, options: GatewaySetupOptions = {}) {
  return async (project: TestProject): Promise<() => Promise<void>> =>
    (await provideGateway(project, suite, options)).close;
}
