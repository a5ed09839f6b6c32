/*
 * A session scopes queued answers and journal queries to the requests sent under its base
 * URLs (`/__session/<key>/<prefix>/...`), so test files sharing one gateway stay apart.
 */

/** The path segment that opens a session's base URLs. */
export const SESSION_SEGMENT = "__session";

const SESSION_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export const SESSION_RULE = "must be 1 to 64 letters, digits, '-' or '_'";

export function isSessionKey(key: unknown): key is string {
  return typeof key === "string" && SESSION_KEY.test(key);
}

/** The path a vendor is served at, in a session or not: `twilio-flex`, `__session/a/twilio-flex`. */
export function mountOf(prefix: string, session: string | null): string {
  return session === null ? prefix : `${SESSION_SEGMENT}/${session}/${prefix}`;
}
