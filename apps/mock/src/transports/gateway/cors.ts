import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";
import { REQUEST_ID_HEADER } from "../../engine/journal/request-id.js";
import { VIOLATIONS_HEADER } from "../../engine/proxy/proxy-answer.js";
import { GATEWAY_MARK } from "../../engine/respond/gateway-mark.js";

/**
 * Which pages may call the gateway from a browser: those of the listed origins, of any origin
 * (`"*"`, the default, as Prism does), or none (`false`: no CORS headers at all).
 */
export type CorsOptions = { origins: readonly string[] | "*" } | false;

/** The origins a gateway allows, checked once at startup. */
export interface CorsPolicy {
  origins: ReadonlySet<string> | "*";
}

// What a page may read of any answer besides the CORS-safelisted headers.
const EXPOSED_HEADERS = [
  REQUEST_ID_HEADER,
  MOCK_SOURCE_HEADER,
  VIOLATIONS_HEADER,
  "retry-after",
].join(", ");
// How long a browser may keep a preflight's answer, in seconds.
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** The policy for the `cors` option (none when it is `false`); throws on a malformed origin. */
export function corsPolicy(options: CorsOptions | undefined): CorsPolicy | undefined {
  if (options === false) return undefined;
  const origins = options?.origins ?? "*";
  if (origins === "*") return { origins };
  origins.forEach((origin, index) => {
    if (!isOrigin(origin)) {
      throw new TypeError(
        `cors.origins[${index}] must be an origin (scheme://host[:port], nothing after it), got "${origin}"`,
      );
    }
  });
  return { origins: new Set(origins) };
}

/** A browser's preflight: `OPTIONS` asking whether a method may be used. */
export function isPreflight(method: string, headers: IncomingHttpHeaders): boolean {
  return method === "OPTIONS" && headers["access-control-request-method"] !== undefined;
}

/**
 * The CORS headers of any answer: the request's origin allowed when the policy allows it (with
 * credentials), or `*` to a request without one under an any-origin policy.
 */
export function corsHeaders(
  policy: CorsPolicy,
  headers: IncomingHttpHeaders,
): Record<string, string> {
  // Built in place, in the order they are sent: this runs for every request.
  const cors: Record<string, string> = {};
  const allowed = allowedOrigin(policy, headers.origin);
  if (allowed !== undefined) {
    cors["access-control-allow-origin"] = allowed;
    if (allowed !== "*") cors["access-control-allow-credentials"] = "true";
  }
  cors["access-control-expose-headers"] = EXPOSED_HEADERS;
  cors.vary = "Origin";
  return cors;
}

/** The headers of the answer to a preflight from an allowed origin: what it asked is allowed. */
export function preflightHeaders(policy: CorsPolicy, headers: IncomingHttpHeaders) {
  const common = corsHeaders(policy, headers);
  if (!("access-control-allow-origin" in common)) return common;
  const method = String(headers["access-control-request-method"]);
  const requested = headers["access-control-request-headers"];
  return {
    ...common,
    "access-control-allow-methods": method,
    ...(requested === undefined ? {} : { "access-control-allow-headers": requested }),
    "access-control-max-age": String(PREFLIGHT_MAX_AGE_SECONDS),
  };
}

/**
 * Puts the CORS headers on the response before anything answers the request, and answers a
 * preflight itself (204, not journaled: it is the browser asking, not a call). True when it did.
 */
export function applyCors(
  policy: CorsPolicy,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const method = request.method ?? "GET";
  if (!isPreflight(method, request.headers)) {
    const headers = corsHeaders(policy, request.headers);
    for (const name in headers) response.setHeader(name, headers[name] as string);
    return false;
  }
  const headers = { ...preflightHeaders(policy, request.headers), ...GATEWAY_MARK };
  response.writeHead(204, headers).end();
  return true;
}

/**
 * A vendor answer without the CORS headers its spec documents: with CORS on, the gateway's
 * policy decides what a page may read, not the vendor's documented values.
 */
export function withoutCorsHeaders(headers: Record<string, string>): Record<string, string> {
  // Few specs document any: the headers are handed back as they are unless there is one.
  if (!Object.keys(headers).some(isCorsHeader)) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !isCorsHeader(name)));
}

function isCorsHeader(name: string): boolean {
  return name.startsWith("access-control-");
}

function allowedOrigin(policy: CorsPolicy, origin: string | undefined): string | undefined {
  if (origin === undefined) return policy.origins === "*" ? "*" : undefined;
  return policy.origins === "*" || policy.origins.has(origin) ? origin : undefined;
}

/** Whether the text is an origin as a browser sends it: `scheme://host[:port]`, nothing after. */
export function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}
