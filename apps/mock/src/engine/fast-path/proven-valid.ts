import type { IHttpRequest } from "@stoplight/prism-http";
import { numericParameterViolations } from "../check/numeric-parameters.js";
import type { PrismOperation, RouteMatch } from "../vendor.js";
import { compileInputCheck } from "./prism-input-check.js";
import { compilePathCheck, isImpliedByRoute } from "./prism-path-check.js";
import { compileSecurityCheck } from "./prism-security-check.js";

/**
 * Whether Prism would route the request to the matched operation and find nothing wrong with
 * it, proved with Prism's own checks (its path matching, its security check and its request
 * validation, compiled per operation: prism-path-check.ts, prism-security-check.ts and
 * prism-input-check.ts; the steps
 * `prism.request` takes before mocking) and the engine's stricter numeric parameters. Anything
 * short of a clean pass is Prism's to answer.
 */
export type ValidityCheck = (
  matched: RouteMatch,
  input: IHttpRequest,
  /** The query as received (the numeric check reads it before credentials are taken out). */
  query: Record<string, string | string[]>,
) => boolean;

/** The validity check for requests to `operation`, its parts compiled once, here. */
export function compileValidityCheck(operation: PrismOperation): ValidityCheck {
  const path = isImpliedByRoute(operation.path) ? undefined : compilePathCheck(operation.path);
  const security = compileSecurityCheck(operation);
  const input = compileInputCheck(operation);
  return ({ route, pathParams }, element, query) =>
    numericParameterViolations(route.numericParameters, pathParams, query).length === 0 &&
    (!path || path(element.url.path)) &&
    security(element) &&
    input(element);
}
