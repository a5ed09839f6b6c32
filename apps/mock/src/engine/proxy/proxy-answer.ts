import { isUtf8 } from "node:buffer";
import { ERROR_FORMATS, MAX_LISTED_VIOLATIONS } from "@switchboard/client-runtime/spec";
import type { MockRequest, MockResponse } from "../../types.js";
import type { SpecViolation } from "../journal/journal.js";
import { GATEWAY_MARK } from "../respond/gateway-mark.js";
import type { RoutedRequest } from "../route-request.js";
import type { Vendor } from "../vendor.js";
import { requestViolations } from "./check-request.js";
import { responseViolations } from "./check-response.js";
import { forward, type Forwarding, type UpstreamAnswer } from "./forward.js";
import { upstreamRequestHeaders } from "./forwarded-headers.js";
import { harEntry } from "./har-entry.js";
import type { ProxyState } from "./proxy-options.js";

/** The header that tells the client how many spec violations the exchange had. */
export const VIOLATIONS_HEADER = "x-switchboard-violations";

/** One request to a proxied vendor, as the pipeline has it once its body is read. */
export interface ProxiedRequest {
  vendor: Vendor;
  routed: RoutedRequest;
  request: MockRequest;
  /** The request's headers, one value each. */
  headers: Record<string, string>;
  rawBody: Buffer;
  /** Its journal entry's. */
  requestId: string;
}

/** The answer for the client, and the violations for the journal (the first 100). */
export interface ProxiedAnswer {
  response: MockResponse;
  violations: SpecViolation[];
}

/**
 * Passes the request to the vendor's upstream and answers with the upstream's answer as it
 * came (its status, headers and body bytes), plus a header counting how the request and the
 * answer break the spec. An upstream that cannot be reached is a 502, one that does not answer
 * in time a 504, each in the vendor's error shape and marked as the gateway's own.
 */
export async function answerFromUpstream(
  proxy: ProxyState,
  upstream: URL,
  proxied: ProxiedRequest,
): Promise<ProxiedAnswer> {
  const { vendor, routed, request, rawBody } = proxied;
  const found = requestViolations(vendor, routed, {
    method: request.method,
    query: request.query,
    headers: proxied.headers,
    rawBody,
  });
  const outgoing = { ...request, rawBody };
  const forwarding = await forward(upstream, outgoing, proxy.timeoutMs);
  const { outcome } = forwarding;
  let answer: UpstreamAnswer;
  if ("answer" in outcome) {
    answer = outcome.answer;
    const operation = routed.redirectTo === undefined ? routed.matched?.route.operation : undefined;
    if (operation) found.push(...responseViolations(operation, answer));
  } else {
    answer = failureAnswer(vendor, upstream, outcome);
  }
  const response: MockResponse = {
    status: answer.status,
    headers: { ...answer.headers, [VIOLATIONS_HEADER]: String(found.length) },
    body: clientBody(answer.body),
  };
  const violations = found.slice(0, MAX_LISTED_VIOLATIONS);
  proxy.har?.record(harEntry(recorded(proxied, forwarding, answer, violations)));
  return { response, violations };
}

/** The gateway's own answer when the upstream gave none. */
function failureAnswer(
  vendor: Vendor,
  upstream: URL,
  { failure, reason }: { failure: "unreachable" | "timeout"; reason: string },
): UpstreamAnswer {
  const status = failure === "timeout" ? 504 : 502;
  const text =
    failure === "timeout"
      ? `The upstream ${upstream.origin} gave ${reason}`
      : `The upstream ${upstream.origin} could not be reached (${reason})`;
  const body = ERROR_FORMATS[vendor.errorFormat].plainBody(status, text);
  return {
    status,
    statusText: "",
    headers: { "content-type": "application/json", ...GATEWAY_MARK },
    body: Buffer.from(JSON.stringify(body)),
  };
}

/** The bytes as the transports send them: UTF-8 text as a string, anything else as bytes. */
function clientBody(bytes: Buffer): string | Buffer | undefined {
  if (bytes.length === 0) return undefined;
  // Text that is valid UTF-8 turns back into the same bytes.
  return isUtf8(bytes) ? bytes.toString("utf8") : bytes;
}

function recorded(
  proxied: ProxiedRequest,
  { url, startedAt, timings }: Forwarding,
  answer: UpstreamAnswer,
  violations: SpecViolation[],
) {
  const { request, rawBody, vendor } = proxied;
  return {
    requestId: proxied.requestId,
    url,
    startedAt,
    timings,
    request: {
      method: request.method.toUpperCase(),
      headers: upstreamRequestHeaders(request.headers),
      query: request.query,
      rawBody,
      jsonFormFields: vendor.jsonFormFields,
    },
    response: answer,
    violations,
  };
}
