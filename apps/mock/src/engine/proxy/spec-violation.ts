import { pointerOf, type Violation } from "@switchboard/client-runtime/spec";
import type { SpecViolation } from "../journal/journal.js";

/**
 * A violation as the journal keeps it for a proxied exchange: located by a JSON Pointer into the
 * message (`/body/status`, `/query/append`, `/headers/retry-after`) instead of the location list
 * the vendors' error bodies are built from.
 */
export function specViolation(
  side: SpecViolation["in"],
  { location, rule, message }: Violation,
): SpecViolation {
  const [where = "body", ...rest] = location;
  // HTTP header names are case-insensitive: they are named in lower case, as Node reads them.
  const tokens =
    where === "header"
      ? ["headers", ...rest.map((token) => String(token).toLowerCase())]
      : [where, ...rest];
  return { in: side, pointer: pointerOf(...tokens), rule, message };
}
