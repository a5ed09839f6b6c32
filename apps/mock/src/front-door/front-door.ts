import type { MockEngine } from "../engine/engine.js";
import { isSessionKey, SESSION_RULE } from "../engine/session.js";
import { GATEWAY_MARK } from "../engine/respond/gateway-mark.js";
import { ADMIN_PREFIX, serveAdmin } from "./admin-routes.js";
import type { FrontDoorAnswer, FrontDoorRequest, StaticSite } from "./front-door-types.js";
import { health } from "./health.js";
import { serveJournal, serveJournalWait } from "./journal-routes.js";
import { ownAnswer } from "./own-answer.js";
import { sessionOfPath } from "./session-path.js";
import { siteAnswer } from "./site-answer.js";

export interface FrontDoorParts {
  engine: MockEngine;
  /** The docs site, served where no vendor prefix is. */
  site?: StaticSite | undefined;
  /** Largest vendor request body, in bytes. */
  bodyLimitBytes: number;
  /** The URL clients reach this front door at, for `/__health`. */
  baseUrl: () => string;
}

/** Answers one request, whatever carried it. */
export type FrontDoor = (request: FrontDoorRequest) => Promise<FrontDoorAnswer>;

/**
 * What every transport puts before the engine: the reserved paths (`/__health`, `/__journal`,
 * `/__admin`), each vendor under its prefix (also below `/__session/<key>/`), the docs site
 * beside them, and a 404 naming the prefixes.
 */
export function createFrontDoor(parts: FrontDoorParts): FrontDoor {
  const { engine, site, bodyLimitBytes, baseUrl } = parts;
  return async function answer(request) {
    const url = parsedTarget(request.target);
    if (url === null) return ownAnswer(400, { error: "The request target is not a valid URL" });
    const session = sessionOfPath(url.pathname);
    if (session !== undefined && !isSessionKey(session.key))
      return ownAnswer(400, { error: `The session key ${SESSION_RULE}` });
    if (session === undefined && url.pathname.startsWith("/__")) {
      // The reserved paths are the gateway's own, whatever they answer.
      const answer = await serveReserved(request, url);
      return "status" in answer
        ? { ...answer, headers: { ...GATEWAY_MARK, ...answer.headers } }
        : answer;
    }
    return serveVendor(request, url, session?.key, session?.pathname ?? url.pathname);
  };

  async function serveReserved(request: FrontDoorRequest, url: URL): Promise<FrontDoorAnswer> {
    const { method } = request;
    const { pathname, searchParams } = url;
    if (pathname === "/__health") {
      if (method !== "GET") return ownAnswer(405, { error: "Use GET on /__health" });
      return ownAnswer(200, health(engine.vendors, baseUrl(), site !== undefined));
    }
    if (pathname === "/__journal") return serveJournal(engine, method, searchParams);
    if (pathname === "/__journal/wait") return serveJournalWait(engine, method, searchParams);
    if (pathname === ADMIN_PREFIX || pathname.startsWith(`${ADMIN_PREFIX}/`))
      return serveAdmin(engine, request, url);
    return serveVendor(request, url, undefined, pathname);
  }

  async function serveVendor(
    request: FrontDoorRequest,
    url: URL,
    session: string | undefined,
    pathname: string,
  ): Promise<FrontDoorAnswer> {
    const { method } = request;
    const { prefix, vendor, path } = engine.route(pathname);
    if (!vendor && session === undefined && site && (method === "GET" || method === "HEAD")) {
      const file = await site(url.pathname);
      if (file) return siteAnswer(file, request.headers);
    }
    if (!vendor) {
      const served = engine.vendors.map(({ name }) => `/${name}`).join(", ");
      return ownAnswer(404, { error: `No vendor at /${prefix}; the gateway serves ${served}` });
    }
    return engine.handle(vendor, {
      method,
      path,
      query: queryOf(url),
      headers: request.headers,
      ...(session === undefined ? {} : { session }),
      readBody: () => request.readBody(bodyLimitBytes),
    });
  }
}

/** The request target as a URL, or null when it is not one (`http://%zz/`): a 400, not a crash. */
function parsedTarget(target: string): URL | null {
  try {
    return new URL(target, "http://gateway");
  } catch {
    return null;
  }
}

/** The query as the engine takes it: a repeated name's values as a list. */
export function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  // Most requests have none: no parameter list to build.
  if (url.search === "") return query;
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}
