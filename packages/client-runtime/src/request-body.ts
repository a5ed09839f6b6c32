import type { RequestBodyMetadata } from "./spec-metadata.js";

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

/** The one body encoder: picks the encoding from the operation's media type in the spec. */
export function createBodySerializer(requestBody: RequestBodyMetadata): (body: unknown) => string {
  const { mediaType, encoding = {} } = requestBody;
  if (JSON_MEDIA_TYPE.test(mediaType)) return (body) => JSON.stringify(body);
  if (mediaType === FORM_MEDIA_TYPE) return (body) => encodeFormBody(body, encoding).toString();
  throw new Error(`Request media type "${mediaType}" is not supported`);
}

/**
 * `application/x-www-form-urlencoded` as OpenAPI defines it: primitives as they are, arrays
 * as repeated fields (style form, explode), and a property whose `encoding.contentType` is
 * JSON as one field holding that JSON document.
 */
export function encodeFormBody(
  body: unknown,
  encoding: RequestBodyMetadata["encoding"] = {},
): URLSearchParams {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new TypeError("A form body must be an object of fields");
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    const contentType = encoding[name]?.contentType;
    if (contentType !== undefined && JSON_MEDIA_TYPE.test(contentType)) {
      form.append(name, JSON.stringify(value));
    } else if (Array.isArray(value)) {
      for (const item of value) form.append(name, formValue(name, item));
    } else {
      form.append(name, formValue(name, value));
    }
  }
  return form;
}

function formValue(name: string, value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  throw new TypeError(`Form field "${name}" must be a string, number or boolean`);
}
