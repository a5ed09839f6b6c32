import type { MockAnswer, MockRequest, VendorSource } from "../types.js";
import type { Vendor } from "./vendor.js";
import { Journal } from "./journal/journal.js";
import { journalOptions, type JournalBounds } from "./journal/journal-options.js";
import { handleRequest } from "./pipeline.js";
import { prepareVendor } from "./prepare-vendor.js";
import { vendorOfPath } from "./route.js";

/** The mock's behaviour, whatever carries the requests to it. */
export interface MockEngine {
  /** In the order they were given. */
  readonly vendors: readonly Vendor[];
  readonly journal: Journal;
  /** The vendor a request path is for (its first segment, the prefix), and the path below it. */
  route(pathname: string): { prefix: string; vendor: Vendor | undefined; path: string };
  /** Answers one request to a vendor (its path below the prefix). */
  handle(vendor: Vendor, request: MockRequest): Promise<MockAnswer>;
}

export type MockEngineOptions = JournalBounds;

/** Reads every vendor's spec once, then answers requests to them. */
export async function createMockEngine(
  sources: readonly VendorSource[],
  options: MockEngineOptions = {},
): Promise<MockEngine> {
  const journal = new Journal(journalOptions(options));
  const vendors = await Promise.all(sources.map(prepareVendor));
  const byName = new Map(vendors.map((vendor) => [vendor.name, vendor]));
  return {
    vendors,
    journal,
    route: (pathname) => vendorOfPath(byName, pathname),
    handle: (vendor, request) => handleRequest(vendor, request, journal),
  };
}
