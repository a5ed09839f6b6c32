import { ERROR_FORMATS } from "@switchboard/client-runtime/spec";
import type { MockResponse } from "../types.js";
import type { RouteMatch, Vendor } from "./vendor.js";
import { withoutBlankCredentials } from "./check/blank-credentials.js";
import { decodeBody } from "./check/decode-body.js";
import { numericParameterViolations } from "./check/numeric-parameters.js";
import { dedupe, prismViolations } from "./check/prism-violations.js";
import { isEmpty } from "./is-empty.js";
import { askPrism, type PrismInput } from "./respond/ask-prism.js";
import { GATEWAY_MARK } from "./respond/gateway-mark.js";
import { invalidRequestStatus, successSchema } from "./respond/documented-responses.js";
import { echoUpdate } from "./respond/echo.js";
import { asksForExample } from "./state/asks-for-example.js";
import type { ResourceState } from "./state/resource-state.js";

/** A request to one vendor, its body read, headers flat. */
export interface VendorRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  rawBody: Buffer;
  /** The operation the request matched (none: Prism answers 404 or 405). */
  matched: RouteMatch | undefined;
  /** A queued answer stands for it: answered as preferred, its content and credentials unchecked. */
  unchecked?: boolean;
  /** Stateful mode: where a successful update finds and stores its resource. */
  state?: { resources: ResourceState; session: string | null };
}

const JSON_HEADERS = { "content-type": "application/json" } as const;

/**
 * Checks the request and answers it: Prism validates and picks the documented response; a
 * broken rule is answered in the vendor's own error shape, a success echoes the update.
 */
export async function answerRequest(vendor: Vendor, request: VendorRequest): Promise<MockResponse> {
  const format = ERROR_FORMATS[vendor.errorFormat];
  const { matched } = request;
  const { unchecked = false } = request;
  const read = decodeBody(vendor, request.headers["content-type"] ?? "", request.rawBody);
  const decoded = unchecked && "violation" in read ? { body: undefined, headers: {} } : read;
  if ("violation" in decoded) {
    const { status, violation } = decoded;
    return {
      status,
      headers: { ...JSON_HEADERS },
      body: format.validationBody(status, [violation]),
    };
  }

  const answer = await askPrism(vendor, prismInputOf(request, decoded), matched, unchecked);
  if ("refused" in answer) {
    const { status, reason, byGateway } = answer.refused;
    const headers = byGateway ? { ...JSON_HEADERS, ...GATEWAY_MARK } : { ...JSON_HEADERS };
    return { status, headers, body: format.plainBody(status, reason) };
  }

  const { output, diagnostics, exampleKey } = answer;
  const strictNumbers =
    matched && !unchecked
      ? numericParameterViolations(
          matched.route.numericParameters,
          matched.pathParams,
          request.query,
        )
      : [];
  const violations = dedupe([
    ...strictNumbers,
    ...prismViolations(diagnostics, vendor.parameterNames),
  ]);
  const status =
    matched && strictNumbers.length > 0 && output.statusCode < 400
      ? invalidRequestStatus(matched.route.operation)
      : output.statusCode;
  let body: unknown = output.body;
  if (violations.length > 0 && status >= 400 && status !== 401) {
    body = format.validationBody(status, violations);
  } else if (matched && status < 300 && exampleKey === undefined) {
    // Only a checked answer the caller did not ask the spec for touches the stored resource.
    const stored =
      request.state && !unchecked && !asksForExample(request.headers, request.query)
        ? request.state.resources.update(vendor, matched, {
            session: request.state.session,
            query: request.query,
            body: decoded.body,
            example: body,
          })
        : undefined;
    body = stored ?? echoedBody(matched, body, decoded.body);
  }
  return { status, headers: lowerCaseHeaders(output.headers), body };
}

/** The request as Prism is to check it: the body decoded, blank credentials taken out. */
export function prismInputOf(
  request: VendorRequest,
  decoded: { body: unknown; headers: Record<string, string> },
): PrismInput {
  // A blank or malformed credential is taken out, so it is answered as a missing one is.
  const { headers, query } = withoutBlankCredentials(request.matched?.route.operation.security, {
    headers: decodedHeaders(request, decoded),
    query: request.query,
  });
  return { ...request, headers, query, body: decoded.body };
}

/**
 * The request's headers with the decoded body's over them (a decoded form's media type): the
 * request's own object when there are none, so a caller that changes them copies them first.
 */
export function decodedHeaders(
  request: Pick<VendorRequest, "headers">,
  decoded: { headers: Record<string, string> },
): VendorRequest["headers"] {
  return isEmpty(decoded.headers) ? request.headers : { ...request.headers, ...decoded.headers };
}

/** A success's body: the documented one with the caller's update echoed. */
export function echoedBody(matched: RouteMatch, documented: unknown, update: unknown): unknown {
  return echoUpdate(documented, successSchema(matched.route.operation), update, matched.pathParams);
}

/** Prism's response headers by lower-case name, those without a value left out. */
export function lowerCaseHeaders(
  headers: Record<string, unknown> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).flatMap(([name, value]) =>
      value === null || value === undefined ? [] : [[name.toLowerCase(), String(value)]],
    ),
  );
}
