import type { PrismOperation } from "../vendor.js";

/*
 * Prism validates a form field against its schema as the raw string, so a JSON document in
 * one field (OpenAPI `encoding.contentType`) can never match its object schema
 * (stoplightio/prism#1622). The engine decodes such forms itself and hands Prism the decoded
 * object under an alias media type, validated against the same schema.
 */
export const DECODED_FORM_MEDIA_TYPE = "application/vnd.switchboard.decoded-form+json";

const FORM = "application/x-www-form-urlencoded";

/** A request body's media types, as the spec writes them. */
export type MediaTypes = Record<string, { encoding?: Record<string, { contentType?: string }> }>;

/** The form fields the spec sends as one JSON document, over every request body. */
export function jsonFormFieldsOf(requestBodies: readonly MediaTypes[]): Set<string> {
  const fields = new Set<string>();
  for (const content of requestBodies) {
    for (const [field, { contentType }] of Object.entries(content[FORM]?.encoding ?? {})) {
      if (contentType && /json/i.test(contentType)) fields.add(field);
    }
  }
  return fields;
}

/** Lets every operation that takes a form take the decoded form too. */
export function acceptDecodedForms(operations: PrismOperation[]): void {
  for (const operation of operations) {
    const contents = operation.request?.body?.contents;
    const form = contents?.find((content) => content.mediaType === FORM);
    if (contents && form)
      contents.push({ ...form, mediaType: DECODED_FORM_MEDIA_TYPE, encodings: [] });
  }
}

/**
 * The form with its JSON fields decoded, or the first field that does not hold JSON. Fields
 * the spec sends as plain text stay strings.
 */
export function decodeForm(
  text: string,
  jsonFields: ReadonlySet<string>,
): { form: Record<string, unknown> } | { badField: string } {
  const form: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (!jsonFields.has(name)) {
      form[name] = value;
      continue;
    }
    try {
      form[name] = JSON.parse(value);
    } catch {
      return { badField: name };
    }
  }
  return { form };
}
