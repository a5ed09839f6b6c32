import type { IHttpRequest } from "@stoplight/prism-http";
import { getHttpConfigFromRequest } from "../../prism/load-prism.js";
import type { PrismOperation } from "../vendor.js";
import { documentedResponse, examplesOf, responseCodes } from "./documented-responses.js";

/** The mock preferences of one request, as Prism's mock config takes them. */
export interface MockPreferences {
  code?: number | undefined;
  exampleKey?: string | undefined;
  dynamic?: boolean | undefined;
  seed?: string | undefined;
}

/** The request's preferences (none asked for: undefined), or why they cannot be honoured. */
export type PreferencesReading = { preferences: MockPreferences | undefined } | { problem: string };

// What each preference Prism decodes must look like; the decoder's own wording stays inside.
const RULES: Readonly<Record<string, string>> = {
  code: "must be a three-digit status code",
  dynamic: "must be true or false",
};

/**
 * Reads `Prefer: code=, example=, dynamic=` (or Prism's `__code=`-style query parameters) and
 * checks them against the operation: a status it documents, an example its response for that
 * status (or, without a code, its success response) documents. Each problem names the choices.
 */
export function readPreferences(
  input: IHttpRequest,
  operation: PrismOperation | undefined,
): PreferencesReading {
  const fromHeader = input.headers?.prefer !== undefined;
  const fromQuery = Object.keys(input.url.query ?? {}).some((name) => name.startsWith("__"));
  if (!fromHeader && !fromQuery) return { preferences: undefined };
  const prefix = fromHeader ? "Prefer: " : "__";
  const named = (name: string, value: unknown) => `${prefix}${name}=${String(value)}`;

  const decoded = getHttpConfigFromRequest(input);
  if (decoded._tag === "Left") {
    const name = /property "(\w+)"/.exec(decoded.left.detail)?.[1] ?? "";
    const rule = RULES[name];
    if (rule === undefined) {
      return { problem: `${prefix}code= ${RULES.code}, and dynamic= ${RULES.dynamic}` };
    }
    return { problem: `${prefix}${name}= ${rule}` };
  }
  const preferences = decoded.right;
  if (!operation) return { preferences };

  const { code, exampleKey } = preferences;
  const response = documentedResponse(operation, code);
  if (code !== undefined && !response) {
    const documented = responseCodes(operation).join(", ");
    return { problem: `${named("code", code)} is not documented (documented: ${documented})` };
  }
  if (exampleKey !== undefined && response && !examplesOf(response).includes(exampleKey)) {
    const examples = examplesOf(response);
    const listed = examples.length > 0 ? `its examples: ${examples.join(", ")}` : "it has none";
    return {
      problem: `${named("example", exampleKey)} is not an example of the ${response.code} response (${listed})`,
    };
  }
  return { preferences };
}
