import type { IHttpRequest, IHttpResponse } from "@stoplight/prism-http";
import {
  prismValidators as validators,
  type Checked,
  type MediaTypeContent,
} from "../../prism/prism-internals.js";
import type { Diagnostic } from "../check/prism-violations.js";
import type { PrismOperation } from "../vendor.js";

/** Prism's findings, or none. */
function findings(checked: Checked): Diagnostic[] {
  return checked._tag === "Left" ? checked.left : [];
}

/** Prism's request validation: body, path, query and header parameters. */
export function inputDiagnostics(operation: PrismOperation, request: IHttpRequest): Diagnostic[] {
  return findings(validators.validateInput({ resource: operation, element: request }));
}

/** Whether the request carries the credentials the operation's security asks for. */
export function hasCredentials(operation: PrismOperation, request: IHttpRequest): boolean {
  return validators.validateSecurity({ resource: operation, element: request })._tag === "Right";
}

/** Prism's response validation: the status, media type, body and headers. */
export function outputDiagnostics(
  operation: PrismOperation,
  response: IHttpResponse,
): Diagnostic[] {
  return findings(validators.validateOutput({ resource: operation, element: response }));
}

/** Whether the media type is one of the documented contents' (wildcards and parameters count). */
export function matchesMediaType(contents: MediaTypeContent[], mediaType: string): boolean {
  try {
    return validators.validateMediaType(contents, mediaType)._tag === "Right";
  } catch {
    // A Content-Type that does not parse matches nothing.
    return false;
  }
}
