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
import type { Journal } from "./journal/journal.js";
import { receivedRequest } from "./journal/received-request.js";
import { REQUEST_ID_HEADER } from "./journal/request-id.js";
import { GATEWAY_MARK } from "./respond/gateway-mark.js";
import { redirectAnswer } from "./redirect-answer.js";
import { isWellFormedPath } from "./route.js";
import { routeRequest } from "./route-request.js";

/**
 * One request to a vendor, start to end: route it, record it in the journal, apply its fault,
 * then redirect it where the vendor would, or check and answer it. Every answer carries the
 * journal entry's request id.
 */
export async function handleRequest(
  vendor: Vendor,
  request: MockRequest,
  journal: Journal,
): Promise<MockAnswer> {
  const format = ERROR_FORMATS[vendor.errorFormat];
  const headers = flatHeaders(request.headers);
  const routed = routeRequest(vendor, request.method, request.path);
  const { matched } = routed;
  const received = journal.record(receivedRequest(vendor, matched, request));
  const answer = (response: Omit<MockResponse, "headers"> & Partial<MockResponse>) => {
    received.status = response.status;
    const sent = { [REQUEST_ID_HEADER]: received.requestId, ...response.headers };
    return { status: response.status, headers: sent, body: response.body };
  };

  const fault = faultOf(headers);
  if ("violation" in fault) {
    const body = format.validationBody(400, [fault.violation]);
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
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.reset) return { reset: true };

  // The vendor's router redirects before any operation runs; a status fault is the operation's,
  // so it applies to the request the redirect leads to (sent with the same header).
  if (routed.redirectTo !== undefined) {
    return answer(redirectAnswer(vendor.name, routed.redirectTo, request.query));
  }
  const retryAfter = retryAfterOf(fault);
  const statusFault = faultStatusAnswer(fault, matched, format);
  if (statusFault && "status" in statusFault)
    return answer({ ...statusFault, headers: retryAfter });
  const response = await answerRequest(vendor, {
    method: request.method,
    path: routed.path,
    query: request.query,
    headers: statusFault ? { ...headers, prefer: statusFault.prefer } : headers,
    rawBody,
    matched,
  });
  return answer({ ...response, headers: { ...response.headers, ...retryAfter } });
}

/** One value per header: a repeated header's values joined, as HTTP allows. */
function flatHeaders(headers: RequestHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(", ") : value]],
    ),
  );
}
