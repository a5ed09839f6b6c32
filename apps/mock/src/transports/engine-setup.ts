import type { VendorWire } from "../control/mock-control.js";
import { createMockEngine, type MockEngine } from "../engine/engine.js";
import { loadManifestVendors, loadSpecVendors } from "../vendors/load-vendors.js";

/** What every transport's engine is built from: the specs and how the engine behaves. */
export interface MockEngineSetup {
  /**
   * Your own OpenAPI specs: one file (served under `/<file name>`) or a folder, each
   * `<name>.yaml` (`.yml`, `.json`) in it served under `/<name>`. By default, the vendors of the
   * manifest this package ships.
   */
  specs?: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
  /** How many requests the journal keeps (default 1000). */
  journalLimit?: number;
  /** How many bytes of entries the journal keeps, the oldest dropped first (default 16 MiB). */
  journalMaxBytes?: number;
  /**
   * Documented or injected `Retry-After` values above this many seconds are sent as it, so a
   * client that honours them (the facade, within its `retry.maxDelayMs`) does not wait long in
   * tests. Default: sent as documented.
   */
  maxRetryAfterSeconds?: number;
}

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** Reads the specs and builds the engine the setup describes. */
export async function engineOf(setup: MockEngineSetup): Promise<MockEngine> {
  const sources = await (setup.specs === undefined
    ? loadManifestVendors()
    : loadSpecVendors(setup.specs));
  const { journalLimit, journalMaxBytes, maxRetryAfterSeconds } = setup;
  return createMockEngine(sources, { journalLimit, journalMaxBytes, maxRetryAfterSeconds });
}

/** How the typed helpers address each vendor the engine serves. */
export function wiresOf(engine: MockEngine): VendorWire[] {
  return engine.vendors.map(({ key, name, credentials }) => ({ key, prefix: name, credentials }));
}
