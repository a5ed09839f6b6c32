/** What the engine reads off a `Content-Type` value. */
export interface MediaType {
  /** Without parameters, lower case: `application/json`; "" when there is none. */
  readonly name: string;
  /** Whether it is JSON (`application/json`, `application/merge-patch+json`...). */
  readonly json: boolean;
}

// A client sends one or two Content-Type values again and again; a stranger can send endless
// ones (a multipart boundary each), so the memo starts over once it holds this many.
const MAX_KNOWN = 32;
const known = new Map<string, MediaType>();

/** The media type of a `Content-Type` value, read once per distinct value. */
export function mediaTypeOf(contentType: string): MediaType {
  let mediaType = known.get(contentType);
  if (mediaType === undefined) {
    const name = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    mediaType = { name, json: /json/.test(name) };
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(contentType, mediaType);
  }
  return mediaType;
}
