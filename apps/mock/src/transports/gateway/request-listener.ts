import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockEngine } from "../../engine/engine.js";
import { health } from "./health.js";
import { ADMIN_PREFIX, serveAdmin } from "./admin-endpoint.js";
import { serveJournal, serveJournalWait } from "./journal-endpoint.js";
import { isSessionKey, SESSION_RULE, SESSION_SEGMENT } from "../../engine/session.js";
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
 * Translates HTTP to the engine and back: the reserved paths (`/__health`, `/__journal`,
 * `/__admin`), each vendor under its prefix (also below `/__session/<key>/`), the docs site
 * beside them, and a 404 naming the prefixes.
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
    const session = sessionOf(url.pathname);
    if (session !== undefined && !isSessionKey(session.key))
      return sendOwn(response, 400, { error: `The session key ${SESSION_RULE}` });
    // The reserved paths are the gateway's own, whatever they answer.
    if (session === undefined && url.pathname.startsWith("/__")) markOwn(response);
    if (url.pathname === "/__health") {
      if (method === "GET") return send(response, 200, health(engine.vendors, baseUrl(), !!site));
      return send(response, 405, { error: "Use GET on /__health" });
    }
    if (url.pathname === "/__journal")
      return serveJournal(engine, method, url.searchParams, response);
    if (url.pathname === "/__journal/wait")
      return serveJournalWait(engine, method, url.searchParams, response);
    if (url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`))
      return serveAdmin(engine, request, url, response);
    const { prefix, vendor, path } = engine.route(session?.pathname ?? url.pathname);
    if (!vendor && !session && site && (method === "GET" || method === "HEAD")) {
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
      ...(session === undefined ? {} : { session: session.key }),
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

/** A request sent under a session's base URL: its key, and the path below it. */
function sessionOf(pathname: string): { key: string; pathname: string } | undefined {
  const opening = `/${SESSION_SEGMENT}/`;
  if (!pathname.startsWith(opening)) return undefined;
  const rest = pathname.slice(opening.length);
  const slash = rest.indexOf("/");
  const key = slash < 0 ? rest : rest.slice(0, slash);
  return { key: decodeURIComponentSafe(key), pathname: slash < 0 ? "/" : rest.slice(slash) };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The request target as a URL, or null when it is not one (`http://%zz/`): a 400, not a crash. */
function parsedTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? "/", "http://gateway");
  } catch {
    return null;
  }
}
