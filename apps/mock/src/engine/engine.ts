import type { MockAnswer, MockRequest, VendorSource } from "../types.js";
import type { Vendor } from "./vendor.js";
import { FastPath } from "./fast-path/fast-path.js";
import type { FastPathStats } from "./fast-path/fast-path-stats.js";
import { Journal } from "./journal/journal.js";
import { journalOptions, type JournalBounds } from "./journal/journal-options.js";
import { handleRequest, type PipelineState } from "./pipeline.js";
import { prepareVendor } from "./prepare-vendor.js";
import type { HarRecorder } from "./proxy/har-recorder.js";
import { proxyState, type ProxyOptions } from "./proxy/proxy-options.js";
import { vendorOfPath } from "./route.js";
import { ResourceState } from "./state/resource-state.js";
import { StubTable } from "./stubs/stub-table.js";

/** The mock's behaviour, whatever carries the requests to it. */
export interface MockEngine {
  /** In the order they were given. */
  readonly vendors: readonly Vendor[];
  readonly journal: Journal;
  /** The queued answers. */
  readonly stubs: StubTable;
  /** Stateful mode's stored resources: listed, seeded and cleared by the admin API. */
  readonly state: ResourceState;
  /** The vendor a request path is for (its first segment, the prefix), and the path below it. */
  route(pathname: string): { prefix: string; vendor: Vendor | undefined; path: string };
  /** Answers one request to a vendor (its path below the prefix). */
  handle(vendor: Vendor, request: MockRequest): Promise<MockAnswer>;
  /** The proxied exchanges recorded so far, with the `har` option. */
  readonly har: HarRecorder | undefined;
  /** How many requests the fast path answered (none while it is off). */
  fastPathStats(): FastPathStats;
  /** Writes what is recorded to the `har` option's file (nothing to do without it). */
  flush(): Promise<void>;
}

export interface MockEngineOptions extends JournalBounds, ProxyOptions {
  /** Documented or injected `Retry-After` values above this many seconds are sent as it. */
  maxRetryAfterSeconds?: number | undefined;
  /**
   * Updates answer, and store, the resource they name after applying the request, so a later
   * request sees it (see engine/state/). Off by default: every update answers the documented
   * example with the request echoed.
   */
  stateful?: boolean | undefined;
  /** Answer the common case from answers compiled on first use (see engine/fast-path/). Default true. */
  fastPath?: boolean | undefined;
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
  // Checked before any spec is read, so a mistyped option fails at once.
  const proxy = proxyState(
    options,
    sources.map(({ name }) => name),
  );
  const journal = new Journal(journalOptions(options));
  const vendors = await Promise.all(sources.map(prepareVendor));
  const state: PipelineState = {
    journal,
    stubs: new StubTable(),
    resources: new ResourceState(vendors, { enabled: options.stateful ?? false }),
    maxRetryAfterSeconds,
    fastPath: (options.fastPath ?? true) ? new FastPath() : undefined,
    proxy,
  };
  const byName = new Map(vendors.map((vendor) => [vendor.name, vendor]));
  return {
    vendors,
    journal: state.journal,
    stubs: state.stubs,
    state: state.resources,
    route: (pathname) => vendorOfPath(byName, pathname),
    handle: (vendor, request) => handleRequest(vendor, request, state),
    har: proxy?.har,
    fastPathStats: () => state.fastPath?.stats() ?? { answered: 0, byOperation: {} },
    flush: async () => {
      await proxy?.har?.write();
    },
  };
}
