/*
 * Prism's path matching (`matchPath` of prism-http 5.12.0, router/matchPath.js) compiled once per
 * operation path: the template's fragments are decoded, and its templated ones turned into
 * Prism's capture patterns, on first use instead of on every request. It answers whether Prism's
 * router would match the request path to the operation at all (concretely or by template).
 */

/** Whether Prism's `matchPath` would match a request path to the compiled operation path. */
export type PathCheck = (requestPath: string) => boolean;

export function compilePathCheck(operationPath: string): PathCheck {
  const fragments = fragmentsOf(operationPath).map((fragment) =>
    /{(.+)}/.test(fragment)
      ? new RegExp(escapeRegExp(fragment).replace(/\\\{[^\\]+\\\}/g, "(.*)"))
      : fragment,
  );
  return (requestPath) => {
    const received = fragmentsOf(requestPath);
    if (received.length !== fragments.length) return false;
    return fragments.every((fragment, index) => {
      const part = received[index] as string;
      return typeof fragment === "string" ? fragment === part : fragment.test(part);
    });
  };
}

/** The path's segments after its leading `/`, each percent-decoded where it decodes. */
function fragmentsOf(path: string): string[] {
  if (path.length === 0 || !path.startsWith("/")) throw new Error(`Malformed path '${path}'`);
  return path.split("/").slice(1).map(decodeFragment);
}

function decodeFragment(fragment: string): string {
  try {
    return fragment && decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
