// The header each vendor (and the mock gateway) names its request id in; the first one present wins.
const REQUEST_ID_HEADERS = [
  "x-request-id",
  "twilio-request-id",
  "x-global-transaction-id",
  "request-id",
  "x-correlation-id",
];

/** The vendor's id for the request that produced `headers`, for support tickets and journals. */
export function requestIdOf(headers: Headers): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return null;
}
