/*
 * How an update operation changes the one resource it names, read from its spec alone: no
 * vendor is named here, so a new spec gets stateful answers by the same rules.
 */
import type { Route } from "../vendor.js";
import { successSchema } from "../respond/documented-responses.js";
import { IDENTIFIER_PARAM, type JsonSchema } from "../respond/echo.js";

/** What a stateful update does to the stored resource. */
export interface UpdateSemantics {
  /**
   * `replace`: the body is the whole resource, and a field left out is gone (PUT).
   * `merge`: the fields sent change, the rest keep their stored values (PATCH, a POST to the
   * resource, a PUT whose body requires nothing).
   */
  style: "replace" | "merge";
  /** The boolean query parameter that appends the body's lists to the stored ones. */
  appendParameter: string | undefined;
  /** The required body property that names the resource, when no path parameter does. */
  bodyIdentifier: string | undefined;
  /** The success response's schema: what the stored resource is. */
  responseSchema: JsonSchema;
  /** The request body's schema (server-set fields are those it cannot set). */
  requestSchema: JsonSchema | undefined;
}

const APPEND_PARAMETER = "append";

const known = new WeakMap<Route, UpdateSemantics | null>();

/** The operation's update semantics, or undefined when it keeps no state (read once per route). */
export function updateSemanticsOf(route: Route): UpdateSemantics | undefined {
  let semantics = known.get(route);
  if (semantics === undefined) {
    semantics = readSemantics(route) ?? null;
    known.set(route, semantics);
  }
  return semantics ?? undefined;
}

function readSemantics(route: Route): UpdateSemantics | undefined {
  const { operation, method, template, paramNames } = route;
  if (method !== "PUT" && method !== "PATCH" && method !== "POST") return undefined;
  // A POST to a collection creates; one to a path ending in the resource's id updates it.
  if (method === "POST" && !/\/\{[^{}]+\}$/.test(template)) return undefined;
  const responseSchema = successSchema(operation);
  if (!responseSchema?.properties) return undefined;
  const requestSchema = operation.request?.body?.contents?.[0]?.schema as JsonSchema | undefined;
  const bodyIdentifier = paramNames.length > 0 ? undefined : bodyIdentifierOf(requestSchema);
  if (paramNames.length === 0 && bodyIdentifier === undefined) return undefined;
  // A PUT whose body requires no field is a partial update (FastAPI's `exclude_unset`).
  const partial = (requestSchema?.required ?? []).length === 0;
  const style = method === "PUT" && !partial ? "replace" : "merge";
  const append = (operation.request?.query ?? []).find(
    ({ name, schema }) =>
      name === APPEND_PARAMETER && (schema as JsonSchema | undefined)?.type === "boolean",
  );
  return {
    style,
    appendParameter: append?.name,
    bodyIdentifier,
    responseSchema,
    requestSchema,
  };
}

/** `id`, else the one required `<thing>_id` (or `thingId`) the body must carry. */
function bodyIdentifierOf(schema: JsonSchema | undefined): string | undefined {
  const required = (schema?.required ?? []).filter((name) => {
    const type = schema?.properties?.[name]?.type;
    return type === "integer" || type === "string";
  });
  if (required.includes("id")) return "id";
  const identifiers = required.filter((name) => IDENTIFIER_PARAM.test(name));
  return identifiers.length === 1 ? identifiers[0] : undefined;
}
