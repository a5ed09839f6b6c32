import type { PrismOperation, Route, RouteMatch, Vendor } from "./vendor.js";
import { numericParametersOf } from "./check/numeric-parameters.js";

/** The vendor a request path is for (its first segment), and the path below the prefix. */
export function vendorOfPath(
  vendors: ReadonlyMap<string, Vendor>,
  pathname: string,
): { prefix: string; vendor: Vendor | undefined; path: string } {
  // `/<prefix>/<path>`: the prefix is the first segment, the path is what follows it.
  const end = pathname.indexOf("/", 1);
  const prefix = pathname.startsWith("/") ? pathname.slice(1, end < 0 ? undefined : end) : "";
  const path = end < 0 || !pathname.startsWith("/") ? "/" : pathname.slice(end);
  return { prefix, vendor: vendors.get(prefix), path };
}

/** The operation a request is for, with its path parameters, if any operation matches. */
export function matchRoute(
  vendor: Pick<Vendor, "routes">,
  method: string,
  path: string,
): RouteMatch | undefined {
  const wanted = method.toUpperCase();
  for (const route of vendor.routes) {
    if (route.method !== wanted) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const pathParams: Record<string, string> = {};
    route.paramNames.forEach((name, index) => {
      pathParams[name] = safeDecode(match[index + 1] ?? "");
    });
    return { route, pathParams };
  }
  return undefined;
}

/** Whether some operation, of any method, has this path (another method is then a 405). */
export function servesPath(vendor: Pick<Vendor, "routes">, path: string): boolean {
  return vendor.routes.some((route) => route.pattern.test(path));
}

/** Whether every percent-escape in the path decodes (Prism's path matching throws otherwise). */
export function isWellFormedPath(path: string): boolean {
  // Only a percent-escape can fail to decode.
  if (!path.includes("%")) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** An operation's route, its pattern and numeric parameters read once, at startup. */
export function compileRoute(operation: PrismOperation): Route {
  const paramNames: string[] = [];
  const source = operation.path
    .split(/(\{[^{}]+\})/)
    .map((part) => {
      const param = /^\{([^{}]+)\}$/.exec(part);
      if (!param) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      paramNames.push(param[1] ?? "");
      return "([^/]+)";
    })
    .join("");
  return {
    operation,
    operationId: operation.iid ?? operation.id,
    method: operation.method.toUpperCase(),
    template: operation.path,
    pattern: new RegExp(`^${source}$`),
    paramNames,
    numericParameters: numericParametersOf(operation),
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
