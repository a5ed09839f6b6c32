/*
 * Which operations the fast path may answer at all: those whose valid requests Prism always
 * answers the same way (one success response, no callbacks to run) and whose checks the fast
 * path runs exactly as Prism does (Prism's router could pick no other operation; parameter
 * styles and security schemes the engine's own checks know).
 */
import type { PrismOperation } from "../vendor.js";
import { hasAmbiguousTemplate } from "./ambiguous-templates.js";

const SUCCESS = /^2(?:\d\d|xx)$/i;

// The styles Prism deserializes by default for each parameter location.
const USUAL_STYLES: Readonly<Record<string, ReadonlySet<string>>> = {
  path: new Set(["simple"]),
  query: new Set(["form"]),
  headers: new Set(["simple"]),
};

/** Why the fast path leaves every request to this operation to Prism, or undefined. */
export function declineOperation(
  operation: PrismOperation,
  operations: readonly PrismOperation[],
): string | undefined {
  if (operation.method.toLowerCase() === "head") return "a HEAD operation answers no body";
  if ((operation.callbacks ?? []).length > 0) return "Prism runs its callbacks";
  const successes = operation.responses.filter(({ code }) => SUCCESS.test(code));
  if (successes.length !== 1) return "not exactly one success response";
  const security = declineSecurity(operation.security ?? []);
  if (security) return security;
  const style = declineStyles(operation);
  if (style) return style;
  if (hasAmbiguousTemplate(operation, operations)) {
    return "Prism's router could route its paths to another operation";
  }
  return undefined;
}

function declineSecurity(security: NonNullable<PrismOperation["security"]>): string | undefined {
  for (const scheme of security.flat()) {
    const usual =
      (scheme.type === "http" && ["basic", "bearer"].includes(scheme.scheme.toLowerCase())) ||
      (scheme.type === "apiKey" && (scheme.in === "header" || scheme.in === "query")) ||
      scheme.type === "oauth2" ||
      scheme.type === "openIdConnect";
    if (!usual) return `an unusual security scheme (${scheme.type})`;
  }
  return undefined;
}

function declineStyles(operation: PrismOperation): string | undefined {
  const { request } = operation;
  if (request?.cookie?.length) return "cookie parameters";
  for (const [location, styles] of Object.entries(USUAL_STYLES)) {
    const parameters = request?.[location as "path" | "query" | "headers"] ?? [];
    for (const { name, style } of parameters) {
      if (style !== undefined && !styles.has(style)) {
        return `parameter ${name} has style ${style}`;
      }
    }
  }
  return undefined;
}
