import type { MockResponse } from "../types.js";

/**
 * The vendor's redirect to the same request at another path: a 307 (the client keeps its method
 * and body), no body, and the query kept. The Location is path-absolute, under the vendor's
 * prefix, so it resolves against whatever origin the client called the gateway at.
 */
export function redirectAnswer(
  /** Where the vendor is served: its prefix, or `__session/<key>/<prefix>`. */
  mount: string,
  path: string,
  query: Readonly<Record<string, string | string[]>>,
): MockResponse {
  const pairs = Object.entries(query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map(
      (item) => `${encodeURIComponent(name)}=${encodeURIComponent(item)}`,
    ),
  );
  const search = pairs.length > 0 ? `?${pairs.join("&")}` : "";
  return { status: 307, headers: { location: `/${mount}${path}${search}` }, body: undefined };
}
