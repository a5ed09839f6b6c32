import type { Route } from "../vendor.js";
import { isObject } from "../respond/echo.js";
import type { UpdateSemantics } from "./update-semantics.js";

/**
 * The path that names a resource: the operation's path template with its parameters filled in
 * (`/api/v1/outbound/campaigns/679645`), or, for an operation whose path names no resource, the
 * path followed by the body's identifier (`/api/v1/channels/1`). Undefined when the body does
 * not carry the identifier as a string or a number.
 */
export function resourceKeyOf(
  route: Route,
  semantics: UpdateSemantics,
  pathParams: Readonly<Record<string, string>>,
  body: unknown,
): string | undefined {
  const path = route.template.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encodeURIComponent(pathParams[name] ?? ""),
  );
  const { bodyIdentifier } = semantics;
  if (bodyIdentifier === undefined) return path;
  const id = isObject(body) ? body[bodyIdentifier] : undefined;
  if (typeof id !== "string" && typeof id !== "number") return undefined;
  return `${path.replace(/\/$/, "")}/${encodeURIComponent(String(id))}`;
}
