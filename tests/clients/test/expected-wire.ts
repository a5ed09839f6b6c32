/**
 * What a documented request must look like on the wire, worked out from the spec alone (not
 * with client-runtime's encoders), and what was sent, read back into values to compare.
 */
import { resolveServerUrl, type ServerMetadata } from "@switchboard/client-runtime";
import { isObject } from "@switchboard/client-runtime/spec";
import type { RequestMedia } from "@switchboard/test-support";

/** The spec's first server, its `{variables}` filled from `values` or their defaults. */
export function serverUrl(
  document: unknown,
  values: Readonly<Record<string, string>> = {},
): string {
  const [server] = isObject(document) && Array.isArray(document.servers) ? document.servers : [];
  if (!isObject(server) || typeof server.url !== "string") {
    throw new Error("the spec declares no server");
  }
  const variables = server.variables as ServerMetadata["variables"];
  return resolveServerUrl({ url: server.url, variables }, values).replace(/\/$/, "");
}

/** A URL's origin and path, the part a path parameter must never leave. */
export function withoutQuery(url: string): string {
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`;
}

/** A query as name → every value under it, so encodings of the same fields compare equal. */
export function queryFields(search: string | Record<string, string>): Record<string, string[]> {
  const params = new URLSearchParams(search);
  return Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)]));
}

const isJson = (mediaType: string | undefined) =>
  mediaType !== undefined && /^application\/([\w.-]+\+)?json(;|$)/i.test(mediaType);

/**
 * The sent body read back as values, next to what the documented example should read back
 * as: JSON parsed; a form's fields as lists of strings, a field the spec's `encoding` makes
 * JSON parsed.
 */
export function readBack(
  media: RequestMedia,
  example: unknown,
  sent: string,
): { sent: unknown; expected: unknown } {
  if (isJson(media.mediaType)) return { sent: JSON.parse(sent), expected: example };
  if (media.mediaType !== "application/x-www-form-urlencoded") {
    throw new Error(`no expectation for request media type ${media.mediaType}`);
  }
  if (!isObject(example)) throw new Error("a form example must be an object of fields");
  const decode = (name: string, value: string): unknown =>
    isJson(media.encoding[name]) ? JSON.parse(value) : value;
  const fields = Object.fromEntries(
    Object.entries(queryFields(sent)).map(([name, values]) => [
      name,
      values.map((value) => decode(name, value)),
    ]),
  );
  const expected = Object.fromEntries(
    Object.entries(example)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [
        name,
        isJson(media.encoding[name])
          ? [value]
          : (Array.isArray(value) ? value : [value]).map(String),
      ]),
  );
  return { sent: fields, expected };
}
