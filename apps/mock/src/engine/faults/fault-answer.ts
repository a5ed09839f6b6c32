import type { ErrorFormat, Violation } from "@switchboard/client-runtime/spec";
import type { RouteMatch } from "../vendor.js";
import { documentsStatus } from "../respond/documented-responses.js";
import { FAULT_HEADER, parseFault, type Fault } from "./parse-fault.js";

/** The request's fault (none without the header), or what is wrong with the header. */
export function faultOf(headers: Record<string, string>): Fault | { violation: Violation } {
  const header = headers[FAULT_HEADER];
  if (header === undefined) return {};
  try {
    return parseFault(header);
  } catch (error) {
    const location = ["header", FAULT_HEADER];
    return { violation: { location, rule: "fault", message: (error as Error).message } };
  }
}

/**
 * How a fault's status is answered: with the operation's documented response for it (as
 * Prism's `Prefer: code=` picks it), or else with an error of the fault's own.
 */
export function faultStatusAnswer(
  fault: Fault,
  matched: RouteMatch | undefined,
  format: ErrorFormat,
): { prefer: string } | { status: number; body: unknown } | undefined {
  if (fault.status === undefined) return undefined;
  if (matched && documentsStatus(matched.route.operation, fault.status)) {
    return { prefer: `code=${fault.status}` };
  }
  const reason = `Injected fault: ${fault.status}`;
  return { status: fault.status, body: format.plainBody(fault.status, reason) };
}

/** The `Retry-After` a fault sends, replacing any the documented response carries. */
export function retryAfterOf(fault: Fault): Record<string, string> {
  return fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter };
}
