/** Names whose values are credentials: headers and body fields alike. */
const SECRET_NAME = /authorization|api[-_]?key|token|secret|password|cookie|credential/i;

export const REDACTED = "[REDACTED]";

/** Whether a header, field or option of this name holds a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
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
 * A copy of a body (or query) with every string under a credential-like name replaced, at
 * any depth below that name too.
 */
export function redactBody(body: unknown, underSecretName = false): unknown {
  if (typeof body === "string") return underSecretName ? REDACTED : body;
  if (Array.isArray(body)) return body.map((item) => redactBody(item, underSecretName));
  if (typeof body !== "object" || body === null) return body;
  return Object.fromEntries(
    Object.entries(body).map(([name, value]) => [
      name,
      redactBody(value, underSecretName || isSecretName(name)),
    ]),
  );
}
