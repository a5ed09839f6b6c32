import type { SecretSet } from "./secrets.js";
import type { UpdateErrorDetails, UpdateIssue } from "./update-error.js";

/** Causes of causes followed before the chain is cut: undici nests two, a hook a few more. */
export const MAX_CAUSE_DEPTH = 8;

/**
 * Everything an `UpdateError` will show, scrubbed of every known secret and URL user info:
 * the message, each issue, the request id (a server may echo a header into it), the raw body,
 * and the cause chain, which is replaced by scrubbed copies.
 */
export function scrubFailureDetails(
  details: UpdateErrorDetails,
  secrets: SecretSet,
): UpdateErrorDetails {
  // Refused before sending: message and issues come from the spec and the input's field names,
  // never its values (see validateRequest), and scrubbing by value would mangle a path whose
  // field is named like a secret's value (`/body/name` with `client_secret: "name"`).
  if (details.kind === "invalid_input") return details;
  const text = (value: unknown) => secrets.scrubText(String(value));
  return {
    ...details,
    message: text(details.message),
    issues: details.issues?.map(({ path, message, rule }): UpdateIssue => ({
      path: text(path),
      message: text(message),
      ...(rule === undefined ? {} : { rule: text(rule) }),
    })),
    requestId: details.requestId == null ? null : text(details.requestId),
    raw: secrets.scrub(details.raw),
    cause: scrubbedCause(details.cause, secrets, 0),
  };
}

/**
 * A copy of a thrown value fit to show: an error becomes a plain `Error` with the same name,
 * message, stack and `code`, each scrubbed, and a scrubbed copy of its own cause; anything
 * else is scrubbed as a value. A cause that cannot be read is left out.
 */
function scrubbedCause(cause: unknown, secrets: SecretSet, depth: number): unknown {
  if (cause === undefined || depth >= MAX_CAUSE_DEPTH) return undefined;
  try {
    if (!(cause instanceof Error)) return secrets.scrub(cause);
    const copy = new Error(secrets.scrubText(String(cause.message)));
    const hidden = (name: string, value: unknown) =>
      Object.defineProperty(copy, name, { value, writable: true, configurable: true });
    hidden("name", String(cause.name));
    hidden("stack", secrets.scrubText(String(cause.stack)));
    const { code } = cause as { code?: unknown };
    if (code !== undefined) Object.assign(copy, { code: secrets.scrubText(String(code)) });
    const inner = scrubbedCause(cause.cause, secrets, depth + 1);
    if (inner !== undefined) hidden("cause", inner);
    return copy;
  } catch {
    return undefined;
  }
}
