/**
 * Why the fast path leaves this request to Prism, or undefined: mock preferences (`Prefer`, or
 * Prism's `__code=`-style query parameters) choose another answer than the plain success.
 */
export function declineRequest(
  headers: Readonly<Record<string, string>>,
  query: Readonly<Record<string, string | string[]>>,
): string | undefined {
  if (headers.prefer !== undefined) return "a Prefer header";
  for (const name in query) {
    if (name.startsWith("__")) return `the query parameter ${name}`;
  }
  return undefined;
}
