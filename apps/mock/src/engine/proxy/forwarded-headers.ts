import type { RequestHeaders } from "../../types.js";
import { FAULT_HEADER } from "../faults/parse-fault.js";

/** Headers of one connection, not of the message (RFC 9110, 7.6.1): never passed on. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "trailers",
  "transfer-encoding",
  "upgrade",
]);

/**
 * What fetch sets itself (the upstream's host, the length of what it sends, `Expect`, which it
 * refuses), and the gateway's own fault header, which is for the gateway, not the vendor.
 */
const NOT_FORWARDED = new Set(["host", "content-length", "expect", FAULT_HEADER]);

/**
 * The request headers the upstream receives: the client's, credentials untouched, without
 * hop-by-hop headers (also those its `Connection` names) and the gateway's own. The answer is
 * asked for uncompressed, so the body validated is the body passed on byte for byte.
 */
export function upstreamRequestHeaders(headers: RequestHeaders): [string, string][] {
  const dropped = connectionHeaders(headers.connection);
  const forwarded: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(lower) || NOT_FORWARDED.has(lower)) continue;
    if (dropped.has(lower) || lower === "accept-encoding") continue;
    for (const item of Array.isArray(value) ? value : [value]) forwarded.push([lower, item]);
  }
  forwarded.push(["accept-encoding", "identity"]);
  return forwarded;
}

/**
 * The answer's headers as the client receives them: the upstream's, without hop-by-hop headers
 * and those that describe the bytes on the wire (`Content-Length`, `Content-Encoding`: fetch
 * has decoded the body, and the transport measures what it sends). Repeated headers are joined
 * with `, ` as fetch joins them.
 */
export function clientResponseHeaders(headers: Headers): Record<string, string> {
  const dropped = connectionHeaders(headers.get("connection") ?? undefined);
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (HOP_BY_HOP.has(name) || dropped.has(name)) continue;
    if (name === "content-length" || name === "content-encoding") continue;
    kept[name] = kept[name] === undefined ? value : `${kept[name]}, ${value}`;
  }
  return kept;
}

/** The headers a `Connection` header names as this connection's own. */
function connectionHeaders(value: string | string[] | undefined): Set<string> {
  const listed = Array.isArray(value) ? value.join(",") : (value ?? "");
  return new Set(
    listed
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
}
