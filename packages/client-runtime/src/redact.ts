/** Names whose values are credentials, anywhere in the name: headers and body fields alike. */
const SECRET_PART =
  /authorization|api[-_]?key|token|secret|passw|passphrase|passcode|cookie|credential|private[-_]?key/i;
/** Short words that are credentials only as a word of the name (`pin`, not `mapping`). */
const SECRET_WORDS = new Set(["pin", "pwd", "otp", "auth", "pass", "cvv", "cvc", "ssn"]);

export const REDACTED = "[REDACTED]";
/** What stands in for a part of a value nested deeper than redaction reads. */
export const TOO_DEEP = "[TOO DEEP]";
/** What stands in for a value that contains itself. */
export const CIRCULAR = "[CIRCULAR]";

/** Deeper than any vendor's body; a hostile one is cut here rather than overflow the stack. */
export const MAX_REDACTION_DEPTH = 128;

// Verdicts by name: a spec's field and header names are few, and every update asks again.
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 4096;

/** Whether a header, field or option of this name holds a credential. */
export function isSecretName(name: string): boolean {
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict =
      SECRET_PART.test(name) ||
      // Words of the name: `user_pin`, `x-pwd`, `loginPin` -> pin, pwd, pin.
      name
        .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
        .some((word) => SECRET_WORDS.has(word.toLowerCase()));
    // Hostile input can bring endless names: past the cap, answers are not kept.
    if (verdicts.size < MAX_VERDICTS) verdicts.set(name, verdict);
  }
  return verdict;
}

/**
 * The one redactor: headers and bodies lose every credential before they are stored or shown.
 * An `Authorization` header keeps its scheme, so a journal still tells Basic from Bearer.
 */
export function redactHeaders(headers: Record<string, string | string[] | undefined>) {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    if (!isSecretName(name)) redacted[name] = text;
    else if (name.toLowerCase() === "authorization") redacted[name] = redactAuthorization(text);
    else redacted[name] = REDACTED;
  }
  return redacted;
}

/** `Basic [REDACTED]`: the scheme stays when there is one, the credential never does. */
function redactAuthorization(value: string): string {
  const [scheme, ...credential] = value.trim().split(/\s+/);
  return credential.length > 0 && scheme ? `${scheme} ${REDACTED}` : REDACTED;
}

/**
 * A copy of a body (or query) with every value under a credential-like name replaced, at any
 * depth below that name too, whatever its type (`pin: 1234` included); null and booleans stay. Safe
 * on any input: a cycle becomes `[CIRCULAR]`, nesting past MAX_REDACTION_DEPTH `[TOO DEEP]`.
 */
export function redactBody(body: unknown): unknown {
  return redactValue(body, false, 0, new Set());
}

function redactValue(
  value: unknown,
  underSecretName: boolean,
  depth: number,
  ancestors: Set<object>,
): unknown {
  if (typeof value !== "object" || value === null) {
    // A boolean carries one bit, never a secret: `password_is_set: false` stays readable.
    return underSecretName && value != null && typeof value !== "boolean" ? REDACTED : value;
  }
  if (ancestors.has(value)) return CIRCULAR;
  if (depth >= MAX_REDACTION_DEPTH) return TOO_DEEP;
  ancestors.add(value);
  const copy = Array.isArray(value)
    ? value.map((item) => redactValue(item, underSecretName, depth + 1, ancestors))
    : Object.fromEntries(
        Object.entries(value).map(([name, item]) => [
          name,
          redactValue(item, underSecretName || isSecretName(name), depth + 1, ancestors),
        ]),
      );
  ancestors.delete(value);
  return copy;
}
