import {
  isObject,
  resolveNode,
  specOperations,
  type JsonObject,
} from "@switchboard/client-runtime/spec";
import type { OpenApiDocument } from "./openapi-document.js";
import { toValidationSchema } from "./validation-schema.js";

/** `application/json` and any `+json` type such as `application/problem+json`, parameters aside. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** A documented success: one 2xx status code, or the whole range as `2XX`. */
const SUCCESS_STATUS = /^2(?:\d\d|XX)$/;

/**
 * The `$id` of an operation's response schema for one status. The status is never empty and
 * never holds `-`, so ids of different operations cannot meet; a relative id without `/`
 * keeps `components#/...` refs resolving to the shared components schema.
 */
export function responseSchemaId(operationId: string, status: string): string {
  return `${operationId}-${status}`;
}

/**
 * For every operation, one JSON Schema per documented success status whose body is JSON: the
 * schema of that body as a client receives it (the first JSON media type's, when there are
 * several), so a validator compiled from it reports problems at pointers such as `/name`. A
 * status without a JSON body, or whose JSON media type has no schema, has no entry. A response
 * may hold `readOnly` properties and need not hold the `writeOnly` ones its schema requires.
 */
export function responseSchemas(
  document: OpenApiDocument,
): Record<string, Record<string, JsonObject>> {
  const schemas: Record<string, Record<string, JsonObject>> = {};
  for (const { operationId, operation } of specOperations(document)) {
    const byStatus: Record<string, JsonObject> = {};
    const responses = isObject(operation.responses) ? operation.responses : {};
    for (const [status, node] of Object.entries(responses)) {
      if (!SUCCESS_STATUS.test(status)) continue;
      const schema = jsonBodySchema(resolveNode(document, node));
      if (schema === undefined) continue;
      byStatus[status] = {
        $id: responseSchemaId(operationId, status),
        ...(toValidationSchema(schema, { responseOf: document }) as JsonObject),
      };
    }
    schemas[operationId] = byStatus;
  }
  return schemas;
}

function jsonBodySchema(response: unknown): JsonObject | undefined {
  if (!isObject(response) || !isObject(response.content)) return undefined;
  const json = Object.entries(response.content).find(([mediaType]) =>
    JSON_MEDIA_TYPE.test(mediaType),
  );
  const schema = isObject(json?.[1]) ? json[1].schema : undefined;
  return isObject(schema) ? schema : undefined;
}
