import type { IHttpRequest } from "@stoplight/prism-http";
import { getHttpConfigFromRequest } from "../../prism/load-prism.js";

/**
 * Whether the request asks for a documented answer (`Prefer: code=, example=, dynamic=`, or
 * Prism's `__code=`-style query form). Such an answer is the stateless one and leaves the
 * stored resource alone: the caller asked for the spec's answer, not the resource's.
 */
export function asksForExample(
  headers: Readonly<Record<string, string>>,
  query: Readonly<Record<string, string | string[]>>,
): boolean {
  const inQuery = Object.keys(query).some((name) => name.startsWith("__"));
  if (headers.prefer === undefined && !inQuery) return false;
  const request: IHttpRequest = { method: "get", url: { path: "/", query }, headers };
  const decoded = getHttpConfigFromRequest(request);
  return (
    decoded._tag === "Left" || Object.values(decoded.right).some((value) => value !== undefined)
  );
}
