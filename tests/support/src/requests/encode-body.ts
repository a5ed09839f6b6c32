import { isObject } from "@switchboard/client-runtime/spec";

import type { RequestMedia } from "../spec/operations.js";

/** application/json, or a form whose fields follow the media type's `encoding`. */
export function encodeBody(media: RequestMedia, value: unknown): string {
  if (/json/i.test(media.mediaType)) return JSON.stringify(value);
  if (/^application\/x-www-form-urlencoded$/i.test(media.mediaType)) {
    if (!isObject(value)) throw new TypeError("a form body must be an object");
    const form = new URLSearchParams();
    for (const [name, field] of Object.entries(value)) {
      if (field === undefined) continue;
      const contentType = media.encoding[name];
      if (contentType !== undefined && /json/i.test(contentType)) {
        form.append(name, JSON.stringify(field));
      } else if (Array.isArray(field)) {
        for (const item of field) form.append(name, String(item));
      } else {
        form.append(name, String(field));
      }
    }
    return form.toString();
  }
  throw new Error(`media type ${media.mediaType} is not supported by the suites`);
}
