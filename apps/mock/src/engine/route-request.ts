import type { RouteMatch, Vendor } from "./vendor.js";
import { matchRoute, servesPath } from "./route.js";
import { redirectsTrailingSlash, trailingSlashVariant } from "./trailing-slash.js";

/** Where a request goes, decided the way the vendor's front door decides it. */
export interface RoutedRequest {
  /** The path the vendor reads: what was received, the slashes where base URL and path met as one. */
  path: string;
  /**
   * The operation the request is for. For a redirect, the operation it leads to (when the
   * method is one that path has), so the journal and a fault still name it.
   */
  matched: RouteMatch | undefined;
  /** The path (below the vendor's prefix) the vendor sends the client to with a 307. */
  redirectTo?: string;
}

/**
 * Routes a request's path below the vendor's prefix:
 * - a base URL given with a trailing slash, or a client joining `…/` to `/path`, sends the
 *   path with a doubled slash at its start; it reads as one;
 * - a path and method an operation has: that operation;
 * - a path an operation has under another method: none (Prism answers 405);
 * - a path no operation has, but one has in its other trailing-slash form: the vendor's redirect
 *   there, where its server redirects (see trailing-slash.ts);
 * - anything else: none (Prism answers 404).
 */
export function routeRequest(
  vendor: Pick<Vendor, "routes" | "errorFormat">,
  method: string,
  received: string,
): RoutedRequest {
  const path = received.startsWith("//") ? received.replace(/^\/{2,}/, "/") : received;
  const matched = matchRoute(vendor, method, path);
  if (matched || servesPath(vendor, path) || !redirectsTrailingSlash(vendor.errorFormat)) {
    return { path, matched };
  }
  const variant = trailingSlashVariant(path);
  if (variant === undefined || !servesPath(vendor, variant)) return { path, matched: undefined };
  return { path, matched: matchRoute(vendor, method, variant), redirectTo: variant };
}
