import type { VendorWire } from "../control/mock-control.js";
import { createMockEngine, type MockEngine } from "../engine/engine.js";
import { loadManifestVendors, loadSpecVendors } from "../vendors/load-vendors.js";
import type { MockEngineSetup } from "./mock-engine-setup.js";

/** Reads the specs and builds the engine the setup describes. */
export async function engineOf(setup: MockEngineSetup): Promise<MockEngine> {
  const sources = await (setup.specs === undefined
    ? loadManifestVendors()
    : loadSpecVendors(setup.specs));
  const { journalLimit, journalMaxBytes, maxRetryAfterSeconds, stateful, fastPath } = setup;
  const { proxy, har, upstreamTimeoutMs } = setup;
  return createMockEngine(sources, {
    journalLimit,
    journalMaxBytes,
    maxRetryAfterSeconds,
    stateful,
    fastPath,
    proxy,
    har: har === undefined ? undefined : { path: har },
    upstreamTimeoutMs,
  });
}

/** How the typed helpers address each vendor the engine serves. */
export function wiresOf(engine: MockEngine): VendorWire[] {
  return engine.vendors.map(({ key, name, credentials }) => ({ key, prefix: name, credentials }));
}
