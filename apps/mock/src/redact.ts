/** Names whose values are credentials: headers and body fields alike. */
const SECRET_NAME = /authorization|api[-_]?key|token|secret|password|cookie|credential/i;

export const REDACTED = "[REDACTED]";

/**
 * The one redactor: headers and bodies lose every credential before they are stored or shown.
 * An `Authorization` header keeps its scheme, so a journal still tells Basic from Bearer.
 */
export function redactHeaders(headers: Record<string, string | string[] | undefined>) {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    if (!SECRET_NAME.test(name)) redacted[name] = text;
    else if (name.toLowerCase() === "authorization")
      redacted[name] = `${text.split(" ")[0]} ${REDACTED}`;
    else redacted[name] = REDACTED;
  }
  return redacted;
}

/** A copy of a body with every string under a credential-like name replaced. */
export function redactBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redactBody);
  if (typeof body !== "object" || body === null) return body;
  return Object.fromEntries(
    Object.entries(body).map(([name, value]) => [
      name,
      SECRET_NAME.test(name) && typeof value === "string" ? REDACTED : redactBody(value),
    ]),
  );
}
