/**
 * The four vendors this suite checks, and validators for their operations' parameters and
 * request bodies, over the shared bundled specs (`@switchboard/spec-validation`: one strict Ajv
 * 2020 per vendor, each schema compiled where it sits in the document so its `$ref`s resolve as
 * the spec wrote them).
 */
import {
  atPointer,
  effectiveParameters,
  escapePointerToken,
  findOperation,
  isObject,
  resolvePointer,
  specDocument,
  validatorAt,
  type JsonObject,
  type LocatedParameter,
  type OpenApiParameter,
  type ValidateFunction,
} from "@switchboard/spec-validation";

export const vendors = ["syllable", "healthing", "watsonx-orchestrate", "twilio-flex"] as const;
export type Vendor = (typeof vendors)[number];

/** The operation's effective parameters, each with its pointer. */
function locatedParameters(vendor: Vendor, operationId: string): LocatedParameter[] {
  const { path, method } = findOperation(vendor, operationId);
  return effectiveParameters(vendor, path, method);
}

/** All effective parameters of an operation (path-item and operation level). */
export function operationParameters(vendor: Vendor, operationId: string): OpenApiParameter[] {
  return locatedParameters(vendor, operationId).map(({ parameter }) => parameter);
}

function locateParameter(
  vendor: Vendor,
  operationId: string,
  name: string,
  location?: OpenApiParameter["in"],
): LocatedParameter {
  const matches = locatedParameters(vendor, operationId).filter(
    ({ parameter }) => parameter.name === name && (!location || parameter.in === location),
  );
  if (matches.length !== 1) {
    throw new Error(
      `${vendor} ${operationId}: expected one parameter "${name}", found ${matches.length}`,
    );
  }
  return matches[0]!;
}

/** One parameter object of an operation, by name (and optionally location). */
export function findParameter(
  vendor: Vendor,
  operationId: string,
  name: string,
  location?: OpenApiParameter["in"],
): OpenApiParameter {
  return locateParameter(vendor, operationId, name, location).parameter;
}

/**
 * Validator for one parameter's `schema`, compiled where it sits in the document (so its `$ref`s
 * resolve as written). It validates the deserialized value (e.g. the number 679645 for an
 * `integer` path segment), which is what a parameter schema describes.
 */
export function parameterValidator(
  vendor: Vendor,
  operationId: string,
  name: string,
  location?: OpenApiParameter["in"],
): ValidateFunction {
  const { pointer, parameter } = locateParameter(vendor, operationId, name, location);
  if (parameter.schema === undefined) {
    throw new Error(`${vendor} ${operationId}: parameter "${name}" has no schema`);
  }
  return validatorAt(vendor, `${pointer}/schema`);
}

function requestBodyContent(
  vendor: Vendor,
  operationId: string,
  mediaType?: string,
): { pointer: string; mediaType: string; media: JsonObject } {
  const { pointer: operationPointer } = findOperation(vendor, operationId);
  const bodyPointer = resolvePointer(vendor, `${operationPointer}/requestBody`);
  const body = atPointer(specDocument(vendor), bodyPointer);
  if (!isObject(body) || !isObject(body.content)) {
    throw new Error(`${vendor} ${operationId}: no request body`);
  }
  const mediaTypes = Object.keys(body.content);
  const chosen = mediaType ?? (mediaTypes.length === 1 ? mediaTypes[0] : undefined);
  if (!chosen || !isObject(body.content[chosen])) {
    throw new Error(
      `${vendor} ${operationId}: pick a request media type from ${mediaTypes.join(", ")}`,
    );
  }
  return {
    pointer: `${bodyPointer}/content/${escapePointerToken(chosen)}`,
    mediaType: chosen,
    media: body.content[chosen] as JsonObject,
  };
}

/**
 * Validator for an operation's request body schema (for the only media type, or the one named).
 * Form bodies are validated in their decoded form; see {@link decodeFormBody}.
 */
export function requestBodyValidator(
  vendor: Vendor,
  operationId: string,
  mediaType?: string,
): ValidateFunction {
  const { pointer } = requestBodyContent(vendor, operationId, mediaType);
  return validatorAt(vendor, `${pointer}/schema`);
}

/**
 * Decodes an `application/x-www-form-urlencoded` body the way the operation's media type
 * `encoding` says: a field whose `contentType` is `application/json` carries one JSON document
 * and is parsed; every other field stays the string it was sent as.
 */
export function decodeFormBody(
  vendor: Vendor,
  operationId: string,
  form: string | Record<string, string>,
): Record<string, unknown> {
  const mediaType = "application/x-www-form-urlencoded";
  const { media } = requestBodyContent(vendor, operationId, mediaType);
  const encoding = (isObject(media.encoding) ? media.encoding : {}) as Record<string, JsonObject>;
  const fields = typeof form === "string" ? [...new URLSearchParams(form)] : Object.entries(form);
  const decoded: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    const contentType = encoding[name]?.contentType;
    decoded[name] = contentType === "application/json" ? (JSON.parse(value) as unknown) : value;
  }
  return decoded;
}
