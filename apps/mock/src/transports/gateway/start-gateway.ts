import { access } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createMockControl, type MockControl } from "../../control/mock-control.js";
import type { AnyVendors, MockVendorCatalog } from "../../control/mock-vendors.js";
import { createFrontDoor } from "../../front-door/front-door.js";
import type { Journal } from "../../engine/journal/journal.js";
import type { ManifestVendors } from "../../generated/manifest-vendors.js";
import { engineOf, wiresOf } from "../build-engine.js";
import { DEFAULT_BODY_LIMIT_BYTES, type MockEngineSetup } from "../mock-engine-setup.js";
import { clientUrl } from "./client-url.js";
import { closeServer } from "./close-server.js";
import { corsPolicy, type CorsOptions } from "./cors.js";
import { sendOwn } from "./http.js";
import { logFailure } from "./log-failure.js";
import { createRequestListener } from "./request-listener.js";
import { createStaticSite } from "./static-site.js";

/** How long an idle keep-alive connection stays open (announced as `Keep-Alive: timeout=60`). */
const IDLE_CONNECTION_MS = 60_000;

export interface MockGatewayOptions extends MockEngineSetup {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** A static site (the docs) to serve at `/`, beside the vendor prefixes. */
  docsDir?: string;
  /**
   * Which browser pages may call the gateway (CORS): `{ origins: ["http://localhost:5173"] }`,
   * any origin (`{ origins: "*" }`, the default, as Prism), or `false` for no CORS headers.
   */
  cors?: CorsOptions;
}

/**
 * A running gateway: the helpers of {@link MockControl} (base URLs and facade options keyed by
 * the facade's vendor keys, queued answers, the journal, reset, sessions), plus the in-process
 * journal and `close`.
 */
export interface MockGateway<
  Vendors extends MockVendorCatalog = ManifestVendors,
> extends MockControl<Vendors> {
  /** Where the docs are served (`http://host:port/`), when `docsDir` was given. */
  readonly docs: string | null;
  /** The journal itself, read in-process. */
  readonly journal: Journal;
  /**
   * Stops accepting connections and lets requests in flight finish for up to `graceMs`
   * (default 0: they are cut at once), then closes every connection (and writes the `har`
   * file).
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

/**
 * Starts one HTTP server serving every vendor under `/<prefix>`, plus `/__health`,
 * `/__journal` and the admin API under `/__admin`. Typed by the manifest's vendors, or by
 * {@link AnyVendors} when it serves `specs` of one's own.
 */
export function startMockGateway(
  options?: MockGatewayOptions & { specs?: undefined },
): Promise<MockGateway>;
export function startMockGateway(options: MockGatewayOptions): Promise<MockGateway<AnyVendors>>;
export async function startMockGateway(
  options: MockGatewayOptions = {},
): Promise<MockGateway<MockVendorCatalog>> {
  const { port = 0, host = "127.0.0.1", bodyLimitBytes = DEFAULT_BODY_LIMIT_BYTES } = options;
  const cors = corsPolicy(options.cors);
  if (options.docsDir !== undefined) await assertSiteFolder(options.docsDir);
  const engine = await engineOf(options);
  const site = options.docsDir === undefined ? undefined : createStaticSite(options.docsDir);

  const server = createServer();
  // Node's 5 s would close a pooled connection while a client's test suite is busy elsewhere, and
  // its next request would meet a socket closed under it; vendors' edges keep idle ones longer.
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  server.headersTimeout = IDLE_CONNECTION_MS + 1000;
  const frontDoor = createFrontDoor({
    engine,
    site,
    bodyLimitBytes,
    baseUrl: () => clientUrl(host, server.address() as AddressInfo),
  });
  const listener = createRequestListener(frontDoor, cors);
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    listener(request, response).catch((error: unknown) => {
      // A bug must cost one request, never the gateway.
      logFailure(request, error);
      if (!response.headersSent) sendOwn(response, 500, { error: "Internal gateway error" });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const url = clientUrl(host, server.address() as AddressInfo);
  const control = createMockControl<MockVendorCatalog>(url, wiresOf(engine));
  return {
    ...control,
    docs: site === undefined ? null : `${url}/`,
    journal: engine.journal,
    close: async ({ graceMs = 0 } = {}) => {
      await closeServer(server, graceMs);
      await engine.flush();
    },
  };
}

/** A docs folder that is missing or has no index.html is a mistake worth stopping for. */
async function assertSiteFolder(folder: string): Promise<void> {
  try {
    await access(path.join(folder, "index.html"));
  } catch {
    throw new Error(`docsDir ${folder} has no index.html (build the docs first: pnpm build:docs)`);
  }
}
