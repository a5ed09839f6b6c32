import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { plainErrorBody, validationErrorBody, type Violation } from "./error-body.js";
import { FAULT_HEADER, parseFault, type Fault } from "./faults.js";
import { Journal, type ReceivedRequest } from "./journal.js";
import { BodyTooLargeError, readBody } from "./read-body.js";
import { createStaticSite, type SiteFile } from "./static-site.js";
import { createVendorHandler, type VendorResponse } from "./vendor-handler.js";
import { loadVendorSpecs, matchRoute, type VendorSpec } from "./vendor-spec.js";
import { GATEWAY_VERSION } from "./version.js";

export interface MockGatewayOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Folder of OpenAPI specs (`<prefix>.yaml`); defaults to the specs this package ships. */
  specsDir?: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
  /** How many requests the journal keeps (default 1000). */
  journalLimit?: number;
  /** A static site (the docs) to serve at `/`, beside the vendor prefixes. */
  docsDir?: string;
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

/** The response header carrying the journal entry's `requestId`. */
export const REQUEST_ID_HEADER = "x-request-id";

const SHIPPED_SPECS = fileURLToPath(new URL("../specs/", import.meta.url));

/** Starts one HTTP server serving every spec under `/<prefix>`, plus `/__health` and `/__journal`. */
export async function startMockGateway(options: MockGatewayOptions = {}): Promise<MockGateway> {
  const {
    port = 0,
    host = "127.0.0.1",
    bodyLimitBytes = 1024 * 1024,
    journalLimit = 1000,
  } = options;
  const specs = await loadVendorSpecs(options.specsDir ?? SHIPPED_SPECS);
  const vendors = new Map(
    specs.map((spec) => [spec.prefix, { spec, handle: createVendorHandler(spec) }]),
  );
  const journal = new Journal(journalLimit);
  const site = options.docsDir === undefined ? undefined : createStaticSite(options.docsDir);
  if (options.docsDir !== undefined) await assertSiteFolder(options.docsDir);

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      // A bug must cost one request, never the gateway.
      console.error(
        `switchboard-mock: ${request.method} ${request.url}: ${(error as Error).stack}`,
      );
      if (!response.headersSent) send(response, 500, { error: "Internal gateway error" });
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://gateway");
    const [, prefix = "", ...rest] = url.pathname.split("/");
    if (url.pathname === "/__health") {
      if (request.method === "GET") {
        return send(response, 200, health(specs, baseUrl(), site !== undefined));
      }
      return send(response, 405, { error: "Use GET on /__health" });
    }
    if (url.pathname === "/__journal") {
      if (request.method === "GET") return send(response, 200, journal.list());
      if (request.method === "DELETE") {
        journal.clear();
        return send(response, 204, undefined);
      }
      return send(response, 405, { error: "Use GET or DELETE on /__journal" });
    }
    const vendor = vendors.get(prefix);
    if (!vendor && site && (request.method === "GET" || request.method === "HEAD")) {
      const file = await site(url.pathname);
      if (file) return sendFile(response, request.method, file);
    }
    if (!vendor) {
      return send(response, 404, {
        error: `No vendor at /${prefix}; the gateway serves ${[...vendors.keys()].map((name) => `/${name}`).join(", ")}`,
      });
    }
    await serveVendor(vendor, `/${rest.join("/")}`, url, request, response);
  }

  async function serveVendor(
    vendor: { spec: VendorSpec; handle: ReturnType<typeof createVendorHandler> },
    path: string,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const { spec } = vendor;
    const method = request.method ?? "GET";
    const headers = flatHeaders(request);
    const matched = matchRoute(spec, method, path);
    const query = queryOf(url);
    const entry: ReceivedRequest = {
      time: new Date().toISOString(),
      requestId: randomUUID(),
      vendor: spec.prefix,
      operationId: matched?.route.operationId ?? null,
      method,
      path,
      // A copy: Prism's validation may coerce the query it is handed in place.
      query: Object.fromEntries(
        Object.entries(query).map(([name, value]) => [
          name,
          Array.isArray(value) ? [...value] : value,
        ]),
      ),
      headers: request.headers,
      status: null,
    };
    journal.record(entry);
    // Like the vendors' own request ids: a client's result or error names the journal entry.
    response.setHeader(REQUEST_ID_HEADER, entry.requestId);
    const answer = (status: number, body: unknown) => {
      entry.status = status;
      send(response, status, body);
    };
    const refuse = (status: number, violation: Violation) =>
      answer(status, validationErrorBody(spec.errorFormat, status, [violation]));

    let fault: Fault = {};
    const faultHeader = headers[FAULT_HEADER];
    if (faultHeader !== undefined) {
      try {
        fault = parseFault(faultHeader);
      } catch (error) {
        const location = ["header", FAULT_HEADER];
        return refuse(400, { location, rule: "fault", message: (error as Error).message });
      }
    }

    let rawBody: Buffer;
    try {
      rawBody = await readBody(request, bodyLimitBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return answer(413, plainErrorBody(spec.errorFormat, 413, error.message));
    }
    entry.body = {
      raw: rawBody,
      contentType: headers["content-type"],
      jsonFormFields: spec.jsonFormFields,
    };

    if (!isWellFormedPath(path)) {
      return answer(
        400,
        plainErrorBody(spec.errorFormat, 400, "The path is not valid percent-encoding"),
      );
    }
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.reset) {
      request.socket.destroy();
      return;
    }

    const documentsFault =
      fault.status !== undefined &&
      matched?.route.operation.responses.some(({ code }) => code === String(fault.status));
    if (fault.status !== undefined && !documentsFault) {
      if (fault.retryAfter !== undefined) response.setHeader("retry-after", fault.retryAfter);
      const reason = `Injected fault: ${fault.status}`;
      return answer(fault.status, plainErrorBody(spec.errorFormat, fault.status, reason));
    }
    // A documented fault status is answered with the spec's own response for it (Prism's `Prefer: code`).
    const result: VendorResponse = await vendor.handle({
      method,
      path,
      query,
      headers: documentsFault ? { ...headers, prefer: `code=${fault.status}` } : headers,
      rawBody,
      matched,
    });
    for (const [name, value] of Object.entries(result.headers)) response.setHeader(name, value);
    if (fault.retryAfter !== undefined) response.setHeader("retry-after", fault.retryAfter);
    answer(result.status, result.body);
  }

  function baseUrl(): string {
    const { address, port: bound } = server.address() as AddressInfo;
    return `http://${address.includes(":") ? `[${address}]` : address}:${bound}`;
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const url = baseUrl();
  return {
    url,
    vendors: Object.fromEntries(specs.map((spec) => [spec.prefix, `${url}/${spec.prefix}`])),
    docs: site === undefined ? null : `${url}/`,
    journal,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function sendFile(response: ServerResponse, method: string, file: SiteFile): void {
  response.writeHead(200, {
    "content-type": file.contentType,
    "content-length": file.body.length,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  response.end(method === "HEAD" ? undefined : file.body);
}

/** A docs folder that is missing or has no index.html is a mistake worth stopping for. */
async function assertSiteFolder(folder: string): Promise<void> {
  try {
    await access(path.join(folder, "index.html"));
  } catch {
    throw new Error(`docsDir ${folder} has no index.html (build the docs first: pnpm docs)`);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (body === undefined || status === 204) {
    response.writeHead(status).end();
    return;
  }
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (!response.hasHeader("content-type")) response.setHeader("content-type", "application/json");
  response.writeHead(status, { "content-length": Buffer.byteLength(text) }).end(text);
}

function health(specs: VendorSpec[], url: string, servesDocs: boolean) {
  return {
    status: "ok",
    version: GATEWAY_VERSION,
    docs: servesDocs ? `${url}/` : null,
    specs: specs.map((spec) => ({
      prefix: spec.prefix,
      baseUrl: `${url}/${spec.prefix}`,
      title: spec.title,
      version: spec.version,
      operations: spec.routes.map(({ operationId, method, template }) => ({
        operationId,
        method,
        path: template,
      })),
    })),
  };
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(", ") : value]],
    ),
  );
}

/** Whether every percent-escape in the path decodes (Prism's path matching throws otherwise). */
function isWellFormedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}
