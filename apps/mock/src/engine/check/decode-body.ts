import type { ErrorFormatName, Violation } from "@switchboard/client-runtime/spec";
import type { Vendor } from "../vendor.js";
import { DECODED_FORM_MEDIA_TYPE, decodeForm } from "./json-forms.js";
import { mediaTypeOf } from "./media-type.js";

/** A body as Prism is to validate it, or why the engine refuses it first. */
export type DecodedBody =
  | {
      /** What Prism validates. */
      body: unknown;
      /** Headers to hand Prism instead of the caller's (the decoded form's media type). */
      headers: Record<string, string>;
    }
  | { status: number; violation: Violation };

/** Parses the body by its media type, refusing media types the spec does not accept. */
export function decodeBody(vendor: Vendor, contentType: string, rawBody: Buffer): DecodedBody {
  if (rawBody.length === 0) return { body: undefined, headers: {} };
  const { name: mediaType, json } = mediaTypeOf(contentType);
  if (!vendor.requestMediaTypes.has(mediaType)) {
    const accepted = [...vendor.requestMediaTypes].join(", ");
    return {
      status: 415,
      violation: {
        location: ["header", "content-type"],
        rule: "media_type",
        message: `Content-Type "${mediaType || "(none)"}" is not accepted; send ${accepted}`,
      },
    };
  }
  const text = rawBody.toString("utf8");
  if (json) {
    try {
      return { body: JSON.parse(text), headers: {} };
    } catch (error) {
      const message = `Body is not valid JSON: ${(error as Error).message}`;
      const status = malformedJsonStatus(vendor.errorFormat);
      return { status, violation: { location: ["body"], rule: "malformed", message } };
    }
  }
  if (mediaType === "application/x-www-form-urlencoded" && vendor.jsonFormFields.size > 0) {
    const decoded = decodeForm(text, vendor.jsonFormFields);
    if ("form" in decoded) {
      return { body: decoded.form, headers: { "content-type": DECODED_FORM_MEDIA_TYPE } };
    }
    const name = decoded.badField;
    const message = `Form field ${name} must hold a JSON document`;
    return { status: 400, violation: { location: ["body", name], rule: "malformed", message } };
  }
  return { body: text, headers: {} };
}

/** FastAPI refuses a body it cannot parse with its validation status; the others with 400. */
function malformedJsonStatus(format: ErrorFormatName): number {
  return format === "fastapi" ? 422 : 400;
}
