import type { Route, Vendor } from "../vendor.js";
import { numericParameterViolations } from "../check/numeric-parameters.js";
import { echoUpdate, isObject, propertiesByKey, propertyKey } from "../respond/echo.js";
import { isSessionKey, SESSION_RULE } from "../session.js";
import { pathParamProblems, resourceProblems } from "./resource-check.js";
import { resourceKeyOf } from "./resource-key.js";
import { updateSemanticsOf } from "./update-semantics.js";

/** A resource to store before any request updates it; `POST /__admin/state` takes it. */
export interface StateSeed {
  /** The vendor's prefix (`twilio-flex`). */
  vendor: string;
  /** An update operation that keeps state (its operationId). */
  operation: string;
  /** Every path parameter of the operation (names as the spec spells them). */
  pathParams?: Record<string, string>;
  /** The session whose requests see it; none: requests outside sessions. */
  session?: string;
  /** The whole resource, as the operation's success response would answer it. */
  resource: Record<string, unknown>;
}

/** A seed the engine can store: where, and what. */
export interface CheckedSeed {
  vendor: Vendor;
  route: Route;
  key: string;
  session: string | null;
  resource: Record<string, unknown>;
}

const SEED_KEYS = ["vendor", "operation", "pathParams", "session", "resource"];

/**
 * A seed checked against the vendors served, as queued answers are: every problem names the
 * field and the rule, and lists the choices the spec documents where there are some. Identifiers
 * the path parameters name are filled in when the resource leaves them out.
 */
export function checkSeed(
  input: unknown,
  vendors: readonly Vendor[],
): { seed: CheckedSeed } | { problems: string[] } {
  if (!isObject(input)) return { problems: ["the seed must be a JSON object"] };
  const problems = Object.keys(input)
    .filter((key) => !SEED_KEYS.includes(key))
    .map((key) => `${key}: unknown field; use ${SEED_KEYS.join(", ")}`);

  const vendor = vendors.find(({ name }) => name === input.vendor);
  if (vendor === undefined) {
    const served = vendors.map(({ name }) => name).join(", ");
    problems.push(`vendor: must be the prefix of a vendor the gateway serves (${served})`);
  }
  const route = vendor?.routes.find(({ operationId }) => operationId === input.operation);
  const semantics = route && updateSemanticsOf(route);
  if (vendor && !semantics) {
    const stateful = vendor.routes.filter((candidate) => updateSemanticsOf(candidate));
    const ids = stateful.map(({ operationId }) => operationId).join(", ") || "none";
    const rule = route ? "keeps no state" : `must be an operationId of ${vendor.name}`;
    problems.push(`operation: ${rule} (operations that keep state: ${ids})`);
  }
  if (input.session !== undefined && !isSessionKey(input.session))
    problems.push(`session: ${SESSION_RULE}`);
  const pathParams = input.pathParams ?? {};
  if (!isObject(pathParams) || !Object.values(pathParams).every((v) => typeof v === "string")) {
    problems.push("pathParams: must be an object of strings");
  } else if (route) {
    problems.push(...pathParamNameProblems(route, pathParams as Record<string, string>));
  }
  if (!isObject(input.resource)) problems.push("resource: must be a JSON object");
  if (problems.length > 0 || !vendor || !route || !semantics || !isObject(input.resource))
    return { problems };

  const params = pathParams as Record<string, string>;
  const { responseSchema } = semantics;
  const valueProblems = [
    ...numericParameterViolations(route.numericParameters, params, {}).map(
      ({ location, message }) => `pathParams.${String(location[1])}: ${message}`,
    ),
    ...pathParamProblems(route.operation, params),
  ];
  if (valueProblems.length > 0) return { problems: valueProblems };

  // The key names the resource: identifiers the resource leaves out are filled in from it.
  const resource = echoUpdate(input.resource, responseSchema, {}, params) as Record<
    string,
    unknown
  >;
  for (const [name, value] of Object.entries(input.resource)) {
    if (JSON.stringify(value) !== JSON.stringify(resource[name]))
      problems.push(
        `resource.${name}: must be ${JSON.stringify(resource[name])}, as the path parameters name it`,
      );
  }
  let body: unknown;
  if (semantics.bodyIdentifier !== undefined) {
    const target = propertiesByKey(responseSchema).get(propertyKey(semantics.bodyIdentifier));
    const name = target?.name ?? semantics.bodyIdentifier;
    body = { [semantics.bodyIdentifier]: resource[name] };
    // Where the response schema requires it, its own check says so (and checks its type).
    if (resource[name] === undefined && !responseSchema.required?.includes(name))
      problems.push(`resource.${name}: required: it names the resource`);
  }
  problems.push(...resourceProblems(route.operation, responseSchema, resource));
  const key = resourceKeyOf(route, semantics, params, body);
  if (key === undefined && problems.length === 0)
    problems.push(`resource.${String(semantics.bodyIdentifier)}: must be a string or a number`);
  if (problems.length > 0 || key === undefined) return { problems };
  const session = typeof input.session === "string" ? input.session : null;
  return { seed: { vendor, route, key, session, resource } };
}

function pathParamNameProblems(route: Route, pathParams: Record<string, string>): string[] {
  const names = route.paramNames.join(", ") || "none";
  const unknown = Object.keys(pathParams)
    .filter((name) => !route.paramNames.includes(name))
    .map((name) => `pathParams.${name}: not a path parameter of ${route.operationId} (${names})`);
  const missing = route.paramNames
    .filter((name) => pathParams[name] === undefined)
    .map((name) => `pathParams.${name}: required: it names the resource`);
  return [...unknown, ...missing];
}
