import { access } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { createMockEngine } from "../../engine/engine.js";
import type { Journal } from "../../engine/journal/journal.js";
import { loadFolderVendors, loadManifestVendors } from "../../vendors/load-vendors.js";
import { corsPolicy, type CorsOptions } from "./cors.js";
import { sendOwn, serverUrl } from "./http.js";
import { logFailure } from "./log-failure.js";
import { createRequestListener } from "./request-listener.js";
import { createStaticSite } from "./static-site.js";

export interface MockGatewayOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /**
   * A folder of your own OpenAPI specs: each `<name>.yaml` is served under `/<name>`. By
   * default, the vendors of the manifest this package ships.
   */
  specsDir?: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
  /** How many requests the journal keeps (default 1000). */
  journalLimit?: number;
  /** How many bytes of entries the journal keeps, the oldest dropped first (default 16 MiB). */
  journalMaxBytes?: number;
  /** A static site (the docs) to serve at `/`, beside the vendor prefixes. */
  docsDir?: string;
  /**
   * Which browser pages may call the gateway (CORS): `{ origins: ["http://localhost:5173"] }`,
   * any origin (`{ origins: "*" }`, the default, as Prism), or `false` for no CORS headers.
   */
  cors?: CorsOptions;
}

export interface MockGateway {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  /** Each vendor's base URL, by prefix: `{ "twilio-flex": "http://127.0.0.1:4010/twilio-flex" }`. */
  vendors: Record<string, string>;
  /** Where the docs are served (`http://host:port/`), when `docsDir` was given. */
  docs: string | null;
  journal: Journal;
  close(): Promise<void>;
}

/** Starts one HTTP server serving every vendor under `/<prefix>`, plus `/__health` and `/__journal`. */
export async function startMockGateway(options: MockGatewayOptions = {}): Promise<MockGateway> {
  const { port = 0, host = "127.0.0.1", bodyLimitBytes = 1024 * 1024 } = options;
  const cors = corsPolicy(options.cors);
  if (options.docsDir !== undefined) await assertSiteFolder(options.docsDir);
  const sources = await (options.specsDir === undefined
    ? loadManifestVendors()
    : loadFolderVendors(options.specsDir));
  const { journalLimit, journalMaxBytes } = options;
  const engine = await createMockEngine(sources, { journalLimit, journalMaxBytes });
  const site = options.docsDir === undefined ? undefined : createStaticSite(options.docsDir);

  const server = createServer();
  const listener = createRequestListener({
    engine,
    site,
    bodyLimitBytes,
    baseUrl: () => serverUrl(server),
    cors,
  });
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

  const url = serverUrl(server);
  return {
    url,
    vendors: Object.fromEntries(engine.vendors.map(({ name }) => [name, `${url}/${name}`])),
    docs: site === undefined ? null : `${url}/`,
    journal: engine.journal,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A docs folder that is missing or has no index.html is a mistake worth stopping for. */
async function assertSiteFolder(folder: string): Promise<void> {
  try {
    await access(path.join(folder, "index.html"));
  } catch {
    throw new Error(`docsDir ${folder} has no index.html (build the docs first: pnpm docs)`);
  }
}
