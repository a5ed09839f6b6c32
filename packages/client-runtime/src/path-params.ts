import type { PathSerializer } from "openapi-fetch";

const PATH_PARAM = /\{([^{}]+)\}/g;

// Templates come from the specs, so the cache holds one entry per documented path.
const namesByTemplate = new Map<string, readonly string[]>();

/** The `{name}`s of a path template, in order. */
export function pathParamNames(template: string): readonly string[] {
  let names = namesByTemplate.get(template);
  if (names === undefined) {
    names = Object.freeze([...template.matchAll(PATH_PARAM)].map((match) => match[1] ?? ""));
    namesByTemplate.set(template, names);
  }
  return names;
}

/**
 * Fills `{name}` placeholders so that no value can change which path is requested: every
 * value is percent-encoded as one segment, and values the URL parser would drop or resolve
 * (empty, `.`, `..`) are refused instead of sent.
 */
export const serializePathParams: PathSerializer = (url, params) =>
  url.replace(PATH_PARAM, (_, name: string) => {
    const problem = pathParamProblem(params[name]);
    if (problem !== undefined) throw new TypeError(`Path parameter "${name}" ${problem}`);
    return encodeURIComponent(String(params[name]));
  });

/** Why a value cannot fill a path segment (undefined when it can), e.g. `must not be ".."`. */
export function pathParamProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return "is required";
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") {
    return "must be a string or a number";
  }
  const text = String(value);
  // WHATWG URL parsing resolves these segments (even percent-encoded), so they would leave the path.
  if (text === "" || text === "." || text === "..") return 'must not be empty, "." or ".."';
  try {
    encodeURIComponent(text);
  } catch {
    return "must be well-formed Unicode";
  }
  return undefined;
}
