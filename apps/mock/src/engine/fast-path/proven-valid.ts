import type { IHttpRequest } from "@stoplight/prism-http";
import { numericParameterViolations } from "../check/numeric-parameters.js";
import type { PrismOperation, RouteMatch } from "../vendor.js";
import { compileInputCheck, type InputCheck } from "./prism-input-check.js";
import { compilePathCheck, isImpliedByRoute, type PathCheck } from "./prism-path-check.js";
import { compileSecurityCheck, type SecurityCheck } from "./prism-security-check.js";

/** An operation's checks, compiled on its first request. */
interface OperationChecks {
  /** Absent where the route's own match already implies Prism's. */
  path: PathCheck | undefined;
  security: SecurityCheck;
  input: InputCheck;
}

const compiled = new WeakMap<PrismOperation, OperationChecks>();

function checksOf(operation: PrismOperation): OperationChecks {
  let checks = compiled.get(operation);
  if (!checks) {
    checks = {
      path: isImpliedByRoute(operation.path) ? undefined : compilePathCheck(operation.path),
      security: compileSecurityCheck(operation),
      input: compileInputCheck(operation),
    };
    compiled.set(operation, checks);
  }
  return checks;
}

/**
 * Whether Prism would route the request to the matched operation and find nothing wrong with
 * it, proved with Prism's own checks (its path matching, its security check and its request
 * validation, compiled per operation: prism-path-check.ts, prism-security-check.ts and
 * prism-input-check.ts; the steps
 * `prism.request` takes before mocking) and the engine's stricter numeric parameters. Anything
 * short of a clean pass is Prism's to answer.
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
  const checks = checksOf(route.operation);
  return (
    (!checks.path || checks.path(input.url.path)) && checks.security(input) && checks.input(input)
  );
}
