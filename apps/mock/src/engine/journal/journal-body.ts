import { redactBody } from "@switchboard/client-runtime";
import { mediaTypeOf, type MediaType } from "../check/media-type.js";
import { redactEmbedded } from "./embedded-secrets.js";

/** A request body as the gateway read it. */
export interface ReceivedBody {
  raw: Buffer;
  contentType: string | undefined;
  /** Form fields the spec sends as one JSON document: parsed like a JSON body. */
  jsonFormFields: ReadonlySet<string>;
}

/**
 * What the journal shows instead of a body it does not keep whole: `truncated` when its redacted
 * JSON is larger than one entry may keep (the preview is that JSON's start), `unparsed` when it
 * is not JSON or a form, or is malformed (nothing of it is kept: no redactor can vouch for text
 * it cannot read).
 */
export interface OmittedBody {
  $omitted: "truncated" | "unparsed";
  /** The `Content-Type` without parameters, or null when the request had none. */
  mediaType: string | null;
  /** The body's size as received. */
  bytes: number;
  preview?: string;
}

/** How much of a truncated body's redacted JSON the journal shows. */
export const PREVIEW_CHARS = 1024;

/**
 * The body as the journal keeps it, as JSON text: JSON and forms (JSON form fields too) parsed
 * and redacted, a body over `maxBytes` once redacted cut to a preview, anything else a marker.
 */
export function keptBodyJson(body: ReceivedBody, maxBytes: number): string | undefined {
  const { raw, contentType, jsonFormFields } = body;
  if (raw.length === 0) return undefined;
  const read = mediaTypeOf(contentType ?? "");
  const mediaType = read.name || null;
  const omitted = (reason: OmittedBody["$omitted"], preview?: string): string =>
    JSON.stringify({
      $omitted: reason,
      mediaType,
      bytes: raw.length,
      ...(preview === undefined ? {} : { preview }),
    } satisfies OmittedBody);

  const parsed = parseBody(raw.toString("utf8"), read, jsonFormFields);
  if (parsed === UNPARSED) return omitted("unparsed");
  // The redactor bounds depth, so serializing its copy cannot overflow the stack.
  const json = JSON.stringify(redactEmbedded(redactBody(parsed)));
  if (Buffer.byteLength(json) <= maxBytes) return json;
  return omitted("truncated", json.slice(0, PREVIEW_CHARS));
}

const UNPARSED = Symbol("unparsed");

function parseBody(
  text: string,
  mediaType: MediaType,
  jsonFormFields: ReadonlySet<string>,
): unknown {
  if (mediaType.json) return parseJson(text);
  if (mediaType.name !== "application/x-www-form-urlencoded") return UNPARSED;
  return Object.fromEntries(
    [...new URLSearchParams(text)].map(([name, value]) => {
      const json = jsonFormFields.has(name) ? parseJson(value) : UNPARSED;
      return [name, json === UNPARSED ? value : json];
    }),
  );
}

/** JSON.parse does not recurse, so any depth parses. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return UNPARSED;
  }
}
