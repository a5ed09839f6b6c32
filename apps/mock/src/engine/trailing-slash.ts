import type { ErrorFormatName } from "@switchboard/client-runtime/spec";

/*
 * A vendor whose errors are FastAPI's is a FastAPI app, and FastAPI's router (Starlette's, with
 * `redirect_slashes` on by default) answers a path that no route has, but that a route has once
 * a trailing slash is added or taken off, with a 307 to that form. The client follows it with
 * the same method and body. The other formats say nothing about the server: no redirect.
 */
const REDIRECTS_TRAILING_SLASH = {
  fastapi: true,
  twilio: false,
  problem: false,
} as const satisfies Record<ErrorFormatName, boolean>;

/** Whether a vendor answering in this error format redirects a path to its other slash form. */
export function redirectsTrailingSlash(format: ErrorFormatName): boolean {
  return REDIRECTS_TRAILING_SLASH[format];
}

/**
 * The path's other form, as Starlette tries it: every trailing slash taken off, or one added.
 * A path of slashes alone (the root) has none.
 */
export function trailingSlashVariant(path: string): string | undefined {
  if (!path.endsWith("/")) return `${path}/`;
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" ? undefined : trimmed;
}
