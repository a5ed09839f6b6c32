import {
  effectiveParameters,
  resolveNode,
  specOperations,
  type JsonObject,
} from "@switchboard/client-runtime/spec";
import type { OpenApiDocument } from "./openapi-document.js";
import { toValidationSchema } from "./validation-schema.js";

const PARAMETER_LOCATIONS = ["path", "query", "header"] as const;

/**
 * One JSON Schema per operation for the whole request as a client gives it:
 * `{ path: {...}, query: {...}, header: {...}, body }`. A validator compiled from it reports
 * problems at JSON Pointers such as `/path/InteractionSid` or `/body/Routing/status`.
 * Component `$ref`s point into the shared components schema (`componentsSchema`).
 */
export function requestSchemas(document: OpenApiDocument): Record<string, JsonObject> {
  const schemas: Record<string, JsonObject> = {};
  for (const operation of specOperations(document)) {
    const parameters = effectiveParameters(document, operation).map(({ parameter }) => parameter);
    const properties: JsonObject = {};
    const required: string[] = [];
    for (const location of PARAMETER_LOCATIONS) {
      const group = parameters.filter((parameter) => parameter.in === location);
      if (group.length === 0) continue;
      const groupRequired = group.filter((p) => p.required).map((p) => p.name);
      properties[location] = {
        type: "object",
        properties: Object.fromEntries(group.map((p) => [p.name, p.schema ?? {}])),
        ...(groupRequired.length > 0 ? { required: groupRequired } : {}),
        additionalProperties: false,
      };
      if (groupRequired.length > 0) required.push(location);
    }
    const requestBody = resolveNode(document, operation.operation.requestBody) as
      { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
    const content = Object.values(requestBody?.content ?? {})[0];
    if (content !== undefined) {
      properties.body = content.schema ?? {};
      if (requestBody?.required) required.push("body");
    }
    schemas[operation.operationId] = toValidationSchema({
      $id: operation.operationId,
      type: "object",
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    }) as JsonObject;
  }
  return schemas;
}
