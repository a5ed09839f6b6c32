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
    time: new Date().toISOString(),
    // Like the vendors' own request ids: a client's result or error names the journal entry.
    requestId: randomUUID(),
    vendor: vendor.name,
    operationId: matched?.route.operationId ?? null,
    method: request.method,
    path: request.path,
    // A copy: Prism's validation may coerce the query it is handed in place.
    query: Object.fromEntries(
      Object.entries(request.query).map(([name, value]) => [
        name,
        Array.isArray(value) ? [...value] : value,
      ]),
    ),
    headers: request.headers,
    session: request.session ?? null,
  };
}
