import { http, type HttpHandler } from "msw";
import { createMockControl, type MockControl } from "../../control/mock-control.js";
import type { AnyVendors, MockVendorCatalog } from "../../control/mock-vendors.js";
import type { FastPathStats } from "../../engine/fast-path/fast-path-stats.js";
import type { Journal } from "../../engine/journal/journal.js";
import { createFrontDoor } from "../../front-door/front-door.js";
import type { ManifestVendors } from "../../generated/manifest-vendors.js";
import { engineOf, wiresOf } from "../build-engine.js";
import { DEFAULT_BODY_LIMIT_BYTES, type MockEngineSetup } from "../mock-engine-setup.js";
import { fetchFrontDoor } from "../fetch/fetch-front-door.js";

/** As the gateway's, but for the proxy: forwarding from inside MSW's interception is the gateway's job. */
export interface MockHandlersOptions extends Omit<
  MockEngineSetup,
  "proxy" | "har" | "upstreamTimeoutMs"
> {
  /**
   * The origin the handlers answer at, as a gateway's `http://host:port` would be (default
   * `http://switchboard.mock`). Nothing listens there: requests to it never leave the process.
   */
  origin?: string;
}

/**
 * The gateway's behaviour inside the test process: MSW request handlers for every vendor, the
 * reserved paths included, plus the helpers of {@link MockControl} over them (they call the
 * engine directly, so they work before `server.listen()` too).
 */
export interface MockHandlers<
  Vendors extends MockVendorCatalog = ManifestVendors,
> extends MockControl<Vendors> {
  /** For `setupServer(...handlers)` (msw/node) or `setupWorker(...handlers)` (msw/browser). */
  readonly handlers: HttpHandler[];
  /** The journal itself, read in-process. */
  readonly journal: Journal;
  /** The engine as a fetch function, for clients that take one (no MSW needed). */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** How many requests the fast path answered, in all and by `vendor.operationId`. */
  fastPathStats(): FastPathStats;
}

const DEFAULT_ORIGIN = "http://switchboard.mock";

/**
 * MSW handlers running the gateway's engine: the same checks, vendor error shapes, echo,
 * `Prefer`, faults, queued answers, journal and sessions as `startMockGateway`, with no port.
 */
export function createMockHandlers(
  options?: MockHandlersOptions & { specs?: undefined },
): Promise<MockHandlers>;
export function createMockHandlers(options: MockHandlersOptions): Promise<MockHandlers<AnyVendors>>;
export async function createMockHandlers(
  options: MockHandlersOptions = {},
): Promise<MockHandlers<MockVendorCatalog>> {
  const origin = originOf(options.origin ?? DEFAULT_ORIGIN);
  const engine = await engineOf({ ...options, proxy: undefined, har: undefined });
  const answer = fetchFrontDoor(
    createFrontDoor({
      engine,
      bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
      baseUrl: () => origin,
    }),
  );
  const fetchEngine = (input: RequestInfo | URL, init?: RequestInit) =>
    answer(new Request(input, init));
  const below = new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[/?#]|$)`);
  return {
    ...createMockControl<MockVendorCatalog>(origin, wiresOf(engine), { fetch: fetchEngine }),
    handlers: [http.all(below, ({ request }) => answer(request))],
    journal: engine.journal,
    fetch: fetchEngine,
    fastPathStats: () => engine.fastPathStats(),
  };
}

/** The `origin` option as `scheme://host[:port]`; anything else is refused, naming it. */
function originOf(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    !/^https?:$/.test(url.protocol) ||
    url.origin !== text.replace(/\/$/, "")
  )
    throw new TypeError(
      `origin must be an http(s) origin (scheme://host[:port], nothing after it), got "${text}"`,
    );
  return url.origin;
}
