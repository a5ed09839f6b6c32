/** How much of an unreadable success body an error keeps, in characters. */
export const MAX_RAW_TEXT_LENGTH = 2_000;

// `application/json` and its structured-syntax relatives (`application/problem+json`, ...).
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

/**
 * A 2xx answer's body, read from its text: JSON is what every success response of the specs
 * documents, so anything else (another content type, text that does not parse) is a problem,
 * reported with the text cut to {@link MAX_RAW_TEXT_LENGTH}. No body at all is `undefined`.
 */
export function readSuccessBody(
  contentType: string | null,
  text: string | undefined,
): { readonly data: unknown } | { readonly problem: string; readonly raw: string } {
  if (text === undefined || text === "") return { data: undefined };
  // The usual answer, read without parsing its content type.
  if (contentType === "application/json") {
    try {
      return { data: JSON.parse(text) };
    } catch {
      // Reported below, with the text cut.
    }
  }
  const raw = text.length > MAX_RAW_TEXT_LENGTH ? `${text.slice(0, MAX_RAW_TEXT_LENGTH)}…` : text;
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase().slice(0, 100) || "none";
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    return { problem: `its content type is ${mediaType}, not the JSON the spec documents`, raw };
  }
  try {
    return { data: JSON.parse(text) };
  } catch {
    return { problem: "its body is not valid JSON", raw };
  }
}
