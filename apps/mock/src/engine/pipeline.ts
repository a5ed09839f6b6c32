import { ERROR_FORMATS } from "@switchboard/client-runtime/spec";
import {
  BodyTooLargeError,
  type MockAnswer,
  type MockRequest,
  type MockResponse,
  type RequestHeaders,
} from "../types.js";
import type { Vendor } from "./vendor.js";
import { answerRequest } from "./answer-request.js";
import { faultOf, faultStatusAnswer, retryAfterOf } from "./faults/fault-answer.js";
import { FAULT_HEADER } from "./faults/parse-fault.js";
import type { FastPath } from "./fast-path/fast-path.js";
import { decodeBody } from "./check/decode-body.js";
import type { Journal } from "./journal/journal.js";
import { receivedRequest } from "./journal/received-request.js";
import { REQUEST_ID_HEADER } from "./journal/request-id.js";
import { GATEWAY_MARK } from "./respond/gateway-mark.js";
import { limitRetryAfter } from "./respond/retry-after.js";
import { redirectAnswer } from "./redirect-answer.js";
import { isWellFormedPath } from "./route.js";
import { routeRequest } from "./route-request.js";
import { answerFromUpstream } from "./proxy/proxy-answer.js";
import type { ProxyState } from "./proxy/proxy-options.js";
import { mountOf } from "./session.js";
import type { ResourceState } from "./state/resource-state.js";
import type { StubTable } from "./stubs/stub-table.js";
import { stubFault } from "./stubs/stub-fault.js";

/** What the pipeline shares across requests. */
export interface PipelineState {
  journal: Journal;
  stubs: StubTable;
  /** Stateful mode's resources. */
  resources: ResourceState;
  /** Documented or injected `Retry-After` values above this many seconds are sent as it. */
  maxRetryAfterSeconds: number | undefined;
  /** The compiled fast path, when it may answer (engine/fast-path/). */
  fastPath: FastPath | undefined;
  /** The proxied vendors' upstreams, when any vendor is proxied. */
  proxy?: ProxyState | undefined;
}

/**
 * One request to a vendor, start to end: route it, record it in the journal, apply its queued
 * answer or its fault, then redirect it where the vendor would, or check and answer it. Every
 * answer carries the journal entry's request id.
 */
export async function handleRequest(
  vendor: Vendor,
  request: MockRequest,
  { journal, stubs, resources, maxRetryAfterSeconds, fastPath, proxy }: PipelineState,
): Promise<MockAnswer> {
  const format = ERROR_FORMATS[vendor.errorFormat];
  const headers = flatHeaders(request.headers);
  const session = request.session ?? null;
  const routed = routeRequest(vendor, request.method, request.path);
  const { matched } = routed;
  const received = journal.record(receivedRequest(vendor, matched, request));
  const answer = (response: Omit<MockResponse, "headers"> & Partial<MockResponse>) => {
    journal.settle(received, response.status);
    const sent = limitRetryAfter(
      { [REQUEST_ID_HEADER]: received.requestId, ...response.headers },
      maxRetryAfterSeconds,
    );
    return { status: response.status, headers: sent, body: response.body };
  };

  const headerFault = faultOf(headers);
  if ("violation" in headerFault) {
    const body = format.validationBody(400, [headerFault.violation]);
    return answer({ status: 400, headers: { ...GATEWAY_MARK }, body });
  }
  let rawBody: Buffer;
  try {
    rawBody = await request.readBody();
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return answer({
      status: 413,
      headers: { ...GATEWAY_MARK },
      body: format.plainBody(413, error.message),
    });
  }
  const contentType = headers["content-type"];
  journal.recordBody(received, {
    raw: rawBody,
    contentType,
    jsonFormFields: vendor.jsonFormFields,
  });

  if (!isWellFormedPath(request.path)) {
    const reason = "The path is not valid percent-encoding";
    return answer({ status: 400, body: format.plainBody(400, reason) });
  }
  // A queued answer for this request stands in for its fault header and `Prefer`. The vendor's
  // router redirects before any operation runs, so a redirected request uses none.
  const stub =
    routed.redirectTo === undefined
      ? stubs.take({
          vendor: vendor.name,
          operationId: matched?.route.operationId ?? null,
          pathParams: matched?.pathParams ?? {},
          session,
          body: () => {
            const decoded = decodeBody(vendor, contentType ?? "", rawBody);
            return "body" in decoded ? decoded.body : undefined;
          },
        })
      : undefined;
  const { fault, prefer } = stub
    ? stubFault(stub.answer, matched?.route.operation)
    : { fault: headerFault, prefer: undefined };
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.reset) {
    journal.settle(received, null);
    return { reset: true };
  }

  // A proxied vendor answers from its upstream (its router redirects, not the mock's), unless a
  // queued answer or a status fault stands in for it: a test's fault in front of the real vendor.
  const upstream = proxy?.upstreams.get(vendor.name);
  if (proxy && upstream && fault.status === undefined && prefer === undefined) {
    const proxied = await answerFromUpstream(proxy, upstream, {
      vendor,
      routed,
      request,
      headers,
      rawBody,
      requestId: received.requestId,
    });
    journal.recordViolations(received, proxied.violations);
    journal.settle(received, proxied.response.status);
    // Unchanged but for the request id, only where the upstream sends none of its own.
    const sent = { [REQUEST_ID_HEADER]: received.requestId, ...proxied.response.headers };
    return { ...proxied.response, headers: sent };
  }

  // The vendor's router redirects before any operation runs; a status fault is the operation's,
  // so it applies to the request the redirect leads to (sent with the same header).
  if (routed.redirectTo !== undefined) {
    const mount = mountOf(vendor.name, session);
    return answer(redirectAnswer(mount, routed.redirectTo, request.query));
  }
  const retryAfter = retryAfterOf(fault);
  const statusFault = faultStatusAnswer(fault, matched, format);
  if (statusFault && "status" in statusFault)
    return answer({ ...statusFault, headers: retryAfter });
  const vendorRequest = {
    method: request.method,
    path: routed.path,
    query: request.query,
    headers: statusFault
      ? { ...headers, prefer: statusFault.prefer }
      : prefer === undefined
        ? headers
        : { ...headers, prefer },
    rawBody,
    matched,
    // A queued status or example is the answer, whatever the request holds.
    unchecked: stub?.answer.status !== undefined || stub?.answer.example !== undefined,
    state: { resources, session },
  };
  // The fast path gives Prism's answer without Prism, to a request with no queued answer or
  // fault that touches no stored resource; it declines (undefined) whatever else it is given.
  const fast =
    fastPath && !stub && headers[FAULT_HEADER] === undefined && !resources.enabled
      ? await fastPath.answer(vendor, vendorRequest)
      : undefined;
  const response = fast ?? (await answerRequest(vendor, vendorRequest));
  return answer({ ...response, headers: { ...response.headers, ...retryAfter } });
}

/** One value per header: a repeated header's values joined, as HTTP allows. */
function flatHeaders(headers: RequestHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
