import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockEngine } from "../../engine/engine.js";
import { health } from "./health.js";
import { serveJournal } from "./journal-endpoint.js";
import { applyCors, withoutCorsHeaders, type CorsPolicy } from "./cors.js";
import { markOwn, queryOf, send, sendFile, sendOwn, sendResponse } from "./http.js";
import { readBody } from "./read-body.js";
import type { StaticSite } from "./static-site.js";

export interface GatewayParts {
  engine: MockEngine;
  /** The docs site, served where no vendor prefix is. */
  site: StaticSite | undefined;
  bodyLimitBytes: number;
  /** The gateway's own URL, for `/__health`. */
  baseUrl: () => string;
  /** Which browser pages may call the gateway; none: no CORS headers. */
  cors: CorsPolicy | undefined;
}

/**
 * Translates HTTP to the engine and back: the reserved paths (`/__health`, `/__journal`),
 * each vendor under its prefix, the docs site beside them, and a 404 naming the prefixes.
 */
export function createRequestListener(parts: GatewayParts) {
  const { engine, site, bodyLimitBytes, baseUrl, cors } = parts;
  return async function listen(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = parsedTarget(request.url);
    const method = request.method ?? "GET";
    // First, so every answer carries them (errors too); a preflight is answered here.
    if (cors && applyCors(cors, request, response)) return;
    if (url === null)
      return sendOwn(response, 400, { error: "The request target is not a valid URL" });
    // The reserved paths are the gateway's own, whatever they answer.
    if (url.pathname.startsWith("/__")) markOwn(response);
    if (url.pathname === "/__health") {
      if (method === "GET") return send(response, 200, health(engine.vendors, baseUrl(), !!site));
      return send(response, 405, { error: "Use GET on /__health" });
    }
    if (url.pathname === "/__journal")
      return serveJournal(engine, method, url.searchParams, response);
    const { prefix, vendor, path } = engine.route(url.pathname);
    if (!vendor && site && (method === "GET" || method === "HEAD")) {
      const file = await site(url.pathname);
      if (file) return sendFile(response, method, file);
    }
    if (!vendor) {
      const served = engine.vendors.map(({ name }) => `/${name}`).join(", ");
      return sendOwn(response, 404, {
        error: `No vendor at /${prefix}; the gateway serves ${served}`,
      });
    }

    const answer = await engine.handle(vendor, {
      method,
      path,
      query: queryOf(url),
      headers: request.headers,
      readBody: () => readBody(request, bodyLimitBytes),
    });
    if ("reset" in answer) request.socket.destroy();
    else
      sendResponse(
        response,
        cors ? { ...answer, headers: withoutCorsHeaders(answer.headers) } : answer,
      );
  };
}

/** The request target as a URL, or null when it is not one (`http://%zz/`): a 400, not a crash. */
function parsedTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? "/", "http://gateway");
  } catch {
    return null;
  }
}
