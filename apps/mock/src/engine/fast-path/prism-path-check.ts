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

/**
 * Whether every path the engine's router matches to this template (route.ts: the text as
 * written, each parameter one or more characters other than `/`) passes Prism's `matchPath`
 * too, so the check can be skipped: when each segment is a whole `{name}` (whose capture Prism
 * lets match anything) or text that percent-decodes to itself (which Prism compares decoded).
 */
export function isImpliedByRoute(operationPath: string): boolean {
  return operationPath
    .split("/")
    .slice(1)
    .every((segment) => WHOLE_PARAMETER.test(segment) || decodesToItself(segment));
}

// A name with none of the characters Prism escapes, which would keep its capture from forming.
const WHOLE_PARAMETER = /^\{[^{}.*+?^$()|[\]\\]+\}$/;

function decodesToItself(text: string): boolean {
  try {
    return !text.includes("{") && decodeURIComponent(text) === text;
  } catch {
    return false;
  }
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
