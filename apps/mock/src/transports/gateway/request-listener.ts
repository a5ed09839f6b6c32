import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockEngine } from "../../engine/engine.js";
import { health } from "./health.js";
import { queryOf, send, sendFile, sendResponse } from "./http.js";
import { readBody } from "./read-body.js";
import type { StaticSite } from "./static-site.js";

export interface GatewayParts {
  engine: MockEngine;
  /** The docs site, served where no vendor prefix is. */
  site: StaticSite | undefined;
  bodyLimitBytes: number;
  /** The gateway's own URL, for `/__health`. */
  baseUrl: () => string;
}

/**
 * Translates HTTP to the engine and back: the reserved paths (`/__health`, `/__journal`),
 * each vendor under its prefix, the docs site beside them, and a 404 naming the prefixes.
 */
export function createRequestListener({ engine, site, bodyLimitBytes, baseUrl }: GatewayParts) {
  return async function listen(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://gateway");
    const method = request.method ?? "GET";
    if (url.pathname === "/__health") {
      if (method === "GET") return send(response, 200, health(engine.vendors, baseUrl(), !!site));
      return send(response, 405, { error: "Use GET on /__health" });
    }
    if (url.pathname === "/__journal") {
      if (method === "GET") return send(response, 200, engine.journal.list());
      if (method === "DELETE") {
        engine.journal.clear();
        return send(response, 204, undefined);
      }
      return send(response, 405, { error: "Use GET or DELETE on /__journal" });
    }
    const { prefix, vendor, path } = engine.route(url.pathname);
    if (!vendor && site && (method === "GET" || method === "HEAD")) {
      const file = await site(url.pathname);
      if (file) return sendFile(response, method, file);
    }
    if (!vendor) {
      const served = engine.vendors.map(({ name }) => `/${name}`).join(", ");
      return send(response, 404, {
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
    else sendResponse(response, answer);
  };
}
