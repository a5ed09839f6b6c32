import type { IHttpRequest } from "@stoplight/prism-http";
import type { Violation } from "@switchboard/client-runtime/spec";
import type { SpecViolation } from "../journal/journal.js";
import type { RoutedRequest } from "../route-request.js";
import type { PrismOperation, Vendor } from "../vendor.js";
import { withoutBlankCredentials, type SecurityScheme } from "../check/blank-credentials.js";
import { decodeBody } from "../check/decode-body.js";
import { numericParameterViolations } from "../check/numeric-parameters.js";
import { dedupe, prismViolations, type Diagnostic } from "../check/prism-violations.js";
import { servesPath } from "../route.js";
import { hasCredentials, inputDiagnostics } from "./prism-validators.js";
import { specViolation } from "./spec-violation.js";

/** A request to a proxied vendor, its body read, headers flat. */
export interface CheckedRequest {
  method: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  rawBody: Buffer;
}

/**
 * How a request breaks its vendor's spec, by the checks the mock makes before it answers (body,
 * parameters, credentials, number literals), none of which stops it reaching the upstream.
 */
export function requestViolations(
  vendor: Vendor,
  routed: RoutedRequest,
  request: CheckedRequest,
): SpecViolation[] {
  // The vendor's router redirects it before any operation runs: nothing of the spec applies.
  if (routed.redirectTo !== undefined) return [];
  const { matched } = routed;
  if (!matched) return [specViolation("request", unrouted(vendor, request.method, routed.path))];
  const { operation, numericParameters } = matched.route;
  const decoded = decodeBody(vendor, request.headers["content-type"] ?? "", request.rawBody);
  // A blank credential counts as a missing one, as the mock and the vendors count it.
  const { headers, query } = withoutBlankCredentials(operation.security, {
    headers: { ...request.headers, ...("headers" in decoded ? decoded.headers : {}) },
    query: request.query,
  });
  const input: IHttpRequest = {
    method: request.method.toLowerCase() as IHttpRequest["method"],
    url: { path: routed.path, query: structuredClone(query) },
    headers,
    body: "body" in decoded ? decoded.body : undefined,
  };
  const found: Violation[] = [];
  if (!hasCredentials(operation, input)) found.push(missingCredentials(operation));
  if ("violation" in decoded) found.push(journaled(decoded.violation));
  found.push(...numericParameterViolations(numericParameters, matched.pathParams, request.query));
  const diagnostics = inputDiagnostics(operation, input);
  found.push(...diagnostics.filter(isMediaTypeRefusal).map(mediaTypeViolation));
  // A body that could not be decoded is reported once, not again as Prism's findings on nothing.
  const prismFound = prismViolations(diagnostics, vendor.parameterNames);
  found.push(...("violation" in decoded ? withoutBody(prismFound) : prismFound));
  return dedupe(found).map((violation) => specViolation("request", violation));
}

/** The violation without the JSON parser's message, which quotes the body (credentials too). */
function journaled(violation: Violation): Violation {
  if (violation.rule !== "malformed" || violation.location.length > 1) return violation;
  return { ...violation, message: "The body is not valid JSON" };
}

function unrouted(vendor: Vendor, method: string, path: string): Violation {
  if (servesPath(vendor, path)) {
    const message = `The spec documents no ${method.toUpperCase()} operation at this path`;
    return { location: ["method"], rule: "method", message };
  }
  return {
    location: ["path"],
    rule: "path",
    message: "The spec documents no operation at this path",
  };
}

function missingCredentials(operation: PrismOperation): Violation {
  const [scheme] = operation.security?.[0] ?? [];
  return {
    location: scheme ? credentialLocation(scheme) : ["header", "authorization"],
    rule: "security",
    message: "The credentials the spec's security scheme asks for are missing or blank",
  };
}

/** Where a scheme's credential travels. */
function credentialLocation(scheme: SecurityScheme): string[] {
  if (scheme.type !== "apiKey") return ["header", "authorization"];
  if (scheme.in === "query") return ["query", scheme.name];
  return ["header", scheme.in === "cookie" ? "cookie" : scheme.name];
}

/** Prism's refusal of a media type the operation does not accept (its code is the status). */
function isMediaTypeRefusal(diagnostic: Diagnostic): boolean {
  return diagnostic.code === 415;
}

function mediaTypeViolation({ message }: Diagnostic): Violation {
  return { location: ["header", "content-type"], rule: "media_type", message };
}

function withoutBody(violations: Violation[]): Violation[] {
  return violations.filter(({ location }) => location[0] !== "body");
}
