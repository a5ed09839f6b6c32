import type { IHttpRequest } from "@stoplight/prism-http";
import { prismPathMatching, prismValidators } from "../../prism/prism-internals.js";
import { numericParameterViolations } from "../check/numeric-parameters.js";
import type { RouteMatch } from "../vendor.js";
import { passesPrismInput } from "./prism-input-check.js";

/**
 * Whether Prism would route the request to the matched operation and find nothing wrong with
 * it, proved with Prism's own checks (its path matching, security check and request
 * validation (see prism-input-check.ts), the steps `prism.request` takes before mocking) and the engine's stricter
 * numeric parameters. Anything short of a clean pass is Prism's to answer.
 */
export function isProvenValid(
  matched: RouteMatch,
  input: IHttpRequest,
  /** The query as received (the numeric check reads it before credentials are taken out). */
  query: Record<string, string | string[]>,
): boolean {
  const { route, pathParams } = matched;
  if (numericParameterViolations(route.numericParameters, pathParams, query).length > 0) {
    return false;
  }
  const routed = prismPathMatching.matchPath(input.url.path, route.operation.path);
  if (routed._tag !== "Right" || routed.right === "no-match") return false;
  const check = { resource: route.operation, element: input };
  return (
    prismValidators.validateSecurity(check)._tag === "Right" &&
    passesPrismInput(route.operation, input)
  );
}
