import type { MockAnswer, MockRequest, VendorSource } from "../types.js";
import type { Vendor } from "./vendor.js";
import { Journal } from "./journal/journal.js";
import { journalOptions, type JournalBounds } from "./journal/journal-options.js";
import { handleRequest, type PipelineState } from "./pipeline.js";
import { prepareVendor } from "./prepare-vendor.js";
import { vendorOfPath } from "./route.js";
import { StubTable } from "./stubs/stub-table.js";

/** The mock's behaviour, whatever carries the requests to it. */
export interface MockEngine {
  /** In the order they were given. */
  readonly vendors: readonly Vendor[];
  readonly journal: Journal;
  /** The queued answers. */
  readonly stubs: StubTable;
  /** The vendor a request path is for (its first segment, the prefix), and the path below it. */
  route(pathname: string): { prefix: string; vendor: Vendor | undefined; path: string };
  /** Answers one request to a vendor (its path below the prefix). */
  handle(vendor: Vendor, request: MockRequest): Promise<MockAnswer>;
}

export interface MockEngineOptions extends JournalBounds {
  /** Documented or injected `Retry-After` values above this many seconds are sent as it. */
  maxRetryAfterSeconds?: number | undefined;
}

/** Reads every vendor's spec once, then answers requests to them. */
export async function createMockEngine(
  sources: readonly VendorSource[],
  options: MockEngineOptions = {},
): Promise<MockEngine> {
  const { maxRetryAfterSeconds } = options;
  if (
    maxRetryAfterSeconds !== undefined &&
    !(Number.isSafeInteger(maxRetryAfterSeconds) && maxRetryAfterSeconds >= 0)
  ) {
    throw new RangeError(
      `maxRetryAfterSeconds must be a whole number of seconds, 0 or more; got ${String(maxRetryAfterSeconds)}`,
    );
  }
  const state: PipelineState = {
    journal: new Journal(journalOptions(options)),
    stubs: new StubTable(),
    maxRetryAfterSeconds,
  };
  const vendors = await Promise.all(sources.map(prepareVendor));
  const byName = new Map(vendors.map((vendor) => [vendor.name, vendor]));
  return {
    vendors,
    journal: state.journal,
    stubs: state.stubs,
    route: (pathname) => vendorOfPath(byName, pathname),
    handle: (vendor, request) => handleRequest(vendor, request, state),
  };
}
