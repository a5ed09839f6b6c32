/*
 * Prism's request validation (`validateInput` of prism-http 5.12.0, validator/index.js) put
 * together again from the same parts, in the same order and with the same rules, only without
 * its fp-ts plumbing and with each operation's path template read once instead of on every
 * request. It answers one question: would Prism find nothing at all to report?
 */
import type { IHttpRequest } from "@stoplight/prism-http";
import {
  caseless,
  parseMIMEHeader,
  prismInputParts as parts,
  URI,
  wildcardMediaTypeMatch,
} from "../../prism/prism-internals.js";
import type { PrismOperation } from "../vendor.js";

const INPUT = 0;

type PathTemplate = InstanceType<typeof URI.Template>;
const templates = new WeakMap<PrismOperation, PathTemplate>();

function templateOf(operation: PrismOperation): PathTemplate {
  let template = templates.get(operation);
  if (!template) {
    template = new URI.Template(operation.path);
    templates.set(operation, template);
  }
  return template;
}

/** Whether Prism's `validateInput` would pass the request with no finding, not even a warning. */
export function passesPrismInput(operation: PrismOperation, element: IHttpRequest): boolean {
  const { request } = operation;
  if (!request) return true;
  const bundle = (operation as { __bundled__?: unknown }).__bundled__;
  const headers = element.headers ?? {};
  return (
    passesBody(request.body, element.body, headers, bundle) &&
    (!request.headers || isRight(parts.validateHeaders(headers, request.headers, INPUT, bundle))) &&
    (!request.query ||
      isRight(parts.validateQuery(element.url.query ?? {}, request.query, INPUT, bundle))) &&
    (!request.path ||
      isRight(
        parts.validatePath(
          templateOf(operation).match(element.url.path),
          request.path,
          INPUT,
          bundle,
        ),
      ))
  );
}

type RequestBody = NonNullable<NonNullable<PrismOperation["request"]>["body"]>;

/** Prism's `validateInputBody`: a required body, a media type it documents, then the schema. */
function passesBody(
  requestBody: RequestBody | undefined,
  body: unknown,
  headers: object,
  bundle: unknown,
): boolean {
  // Prism's own test: a falsy body counts as none.
  if (requestBody?.required && !body) return false;
  const read = caseless(headers);
  const contentType = read.get("content-type");
  const [boundary, mediaType] = contentType ? parseMIMEHeader(contentType) : [];
  // Without a radix, as Prism reads it (`0x10` is 16).
  const contentLength = parseInt(read.get("content-length") ?? "") || 0;
  if (contentLength !== 0) {
    if (!requestBody) return false;
    const { contents } = requestBody;
    const documented =
      mediaType === undefined ||
      contents === undefined ||
      contents.some(
        (content) => !content.mediaType || wildcardMediaTypeMatch(mediaType, content.mediaType),
      );
    if (!documented) return false;
  }
  if (!requestBody || body === undefined || body === null) return true;
  return isRight(
    parts.validateBody(body, requestBody.contents ?? [], INPUT, mediaType, boundary, bundle),
  );
}

function isRight(checked: { _tag: string }): boolean {
  return checked._tag === "Right";
}
