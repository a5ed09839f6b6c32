/**
 * The answer's headers with `Retry-After` no longer than `maxSeconds`: a number of seconds over
 * it, or an HTTP date further off, is sent as `maxSeconds`. Tests set it so a documented
 * `Retry-After: 30` does not hold a client with retries for 30 s.
 */
export function limitRetryAfter(
  headers: Record<string, string>,
  maxSeconds: number | undefined,
): Record<string, string> {
  const value = headers["retry-after"];
  if (maxSeconds === undefined || value === undefined) return headers;
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value)
    : Math.ceil((Date.parse(value) - Date.now()) / 1000);
  if (!(seconds > maxSeconds)) return headers;
  return { ...headers, "retry-after": String(maxSeconds) };
}
