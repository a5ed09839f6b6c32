import type { PathSerializer } from "openapi-fetch";

const PATH_PARAM = /\{([^{}]+)\}/g;

/**
 * Fills `{name}` placeholders so that no value can change which path is requested: every
 * value is percent-encoded as one segment, and values the URL parser would drop or resolve
 * (empty, `.`, `..`) are refused instead of sent.
 */
export const serializePathParams: PathSerializer = (url, params) =>
  url.replace(PATH_PARAM, (_, name: string) => encodePathSegment(name, params[name]));

function encodePathSegment(name: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new TypeError(`Path parameter "${name}" is required`);
  }
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") {
    throw new TypeError(`Path parameter "${name}" must be a string or a number`);
  }
  const text = String(value);
  // WHATWG URL parsing resolves these segments (even percent-encoded), so they would leave the path.
  if (text === "" || text === "." || text === "..") {
    throw new TypeError(`Path parameter "${name}" must not be empty, "." or ".."`);
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw new TypeError(`Path parameter "${name}" must be well-formed Unicode`);
  }
}
