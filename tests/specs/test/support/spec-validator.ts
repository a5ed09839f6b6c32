/**
 * Validators for one operation's parameters and request bodies, over the bundled specs that
 * `@switchboard/test-support` reads (one strict Ajv 2020 per vendor, each schema compiled where
 * it sits in the document so its `$ref`s resolve as the spec wrote them).
 */
import {
  findOperation,
  validatorAt,
  type Parameter,
  type RequestMedia,
  type ValidateFunction,
} from "@switchboard/test-support";

/** All effective parameters of an operation (path-item and operation level). */
export function operationParameters(vendor: string, operationId: string): Parameter[] {
  return findOperation(vendor, operationId).parameters;
}

/** One parameter of an operation, by name (and optionally location). */
export function findParameter(
  vendor: string,
  operationId: string,
  name: string,
  location?: Parameter["in"],
): Parameter {
  const matches = operationParameters(vendor, operationId).filter(
    (parameter) => parameter.name === name && (!location || parameter.in === location),
  );
  if (matches.length !== 1) {
    throw new Error(
      `${vendor} ${operationId}: expected one parameter "${name}", found ${matches.length}`,
    );
  }
  return matches[0]!;
}

/**
 * Validator for one parameter's `schema`, compiled where it sits in the document. It validates
 * the deserialized value (e.g. the number 679645 for an `integer` path segment), which is what
 * a parameter schema describes.
 */
export function parameterValidator(
  vendor: string,
  operationId: string,
  name: string,
  location?: Parameter["in"],
): ValidateFunction {
  return validatorAt(vendor, findParameter(vendor, operationId, name, location).schemaPointer);
}

function requestMedia(vendor: string, operationId: string, mediaType?: string): RequestMedia {
  const media = findOperation(vendor, operationId).requestBody?.media ?? [];
  if (media.length === 0) throw new Error(`${vendor} ${operationId}: no request body`);
  const chosen =
    mediaType === undefined
      ? media.length === 1
        ? media[0]
        : undefined
      : media.find((item) => item.mediaType === mediaType);
  if (!chosen) {
    throw new Error(
      `${vendor} ${operationId}: pick a request media type from ${media.map((item) => item.mediaType).join(", ")}`,
    );
  }
  return chosen;
}

/**
 * Validator for an operation's request body schema (for the only media type, or the one named).
 * Form bodies are validated in their decoded form; see {@link decodeFormBody}.
 */
export function requestBodyValidator(
  vendor: string,
  operationId: string,
  mediaType?: string,
): ValidateFunction {
  return validatorAt(vendor, requestMedia(vendor, operationId, mediaType).schemaPointer);
}

/**
 * Decodes an `application/x-www-form-urlencoded` body the way the operation's media type
 * `encoding` says: a field whose `contentType` is `application/json` carries one JSON document
 * and is parsed; every other field stays the string it was sent as.
 */
export function decodeFormBody(
  vendor: string,
  operationId: string,
  form: string | Record<string, string>,
): Record<string, unknown> {
  const { encoding } = requestMedia(vendor, operationId, "application/x-www-form-urlencoded");
  const fields = typeof form === "string" ? [...new URLSearchParams(form)] : Object.entries(form);
  const decoded: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    decoded[name] = encoding[name] === "application/json" ? (JSON.parse(value) as unknown) : value;
  }
  return decoded;
}
