import { randomUUID } from "node:crypto";
import type { MockRequest } from "../../types.js";
import type { RouteMatch, Vendor } from "../vendor.js";
import type { ReceivedRequest } from "./journal.js";

/** What the journal records of a request when it arrives: its body and status come later. */
export function receivedRequest(
  vendor: Vendor,
  matched: RouteMatch | undefined,
  request: MockRequest,
): ReceivedRequest {
  return {
    time: isoNow(),
    // Like the vendors' own request ids: a client's result or error names the journal entry.
    requestId: randomUUID(),
    vendor: vendor.name,
    operationId: matched?.route.operationId ?? null,
    method: request.method,
    path: request.path,
    // A copy: Prism's validation may coerce the query it is handed in place.
    query: copyOf(request.query),
    headers: request.headers,
    session: request.session ?? null,
  };
}

function copyOf(query: Record<string, string | string[]>): Record<string, string | string[]> {
  const copy: Record<string, string | string[]> = {};
  for (const name of Object.keys(query)) {
    const value = query[name] as string | string[];
    copy[name] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}

let lastMs = 0;
let lastIso = "";

/** The time now, in ISO 8601: the same text for every request in the same millisecond. */
function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
