import type { IHttpRequest, IHttpResponse } from "@stoplight/prism-http";
import { getHttpConfigFromRequest } from "../../prism/load-prism.js";
import { PRISM_CONFIG } from "../../prism/prism-instance.js";
import type { RouteMatch, Vendor } from "../vendor.js";
import type { Diagnostic } from "../check/prism-violations.js";
import { exampleNames } from "./documented-responses.js";

/** A request as Prism is to see it: the body decoded, headers flat. */
export interface PrismInput {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
}

/** What Prism answered (its validation findings with it), or why the request gets an error. */
export type PrismAnswer =
  | { refused: { status: number; reason: string } }
  | { output: IHttpResponse; diagnostics: Diagnostic[]; exampleKey: string | undefined };

/**
 * Prism routes, validates and picks the documented response, honouring the mock preferences
 * (`Prefer: code=`, `example=`, `dynamic=`) a request carries.
 */
export async function askPrism(
  vendor: Vendor,
  request: PrismInput,
  matched: RouteMatch | undefined,
): Promise<PrismAnswer> {
  const input: IHttpRequest = {
    method: request.method.toLowerCase() as IHttpRequest["method"],
    url: { path: request.path, query: request.query },
    headers: request.headers,
    body: request.body,
  };
  // A fresh mock config each time: Prism writes the request's Accept into it.
  let config = { ...PRISM_CONFIG, mock: { ...PRISM_CONFIG.mock } };
  if (asksForMockPreferences(input)) {
    const preferences = getHttpConfigFromRequest(input);
    if (preferences._tag === "Left") {
      return { refused: { status: 400, reason: `Prefer header: ${preferences.left.detail}` } };
    }
    config = {
      ...PRISM_CONFIG,
      mock: { ...PRISM_CONFIG.mock, ...stripUndefined(preferences.right) },
    };
  }
  const { exampleKey } = config.mock;
  const result = await vendor.prism.request(input, vendor.operations, config)();
  if (result._tag === "Right") {
    const { output, validations } = result.right;
    return { output, diagnostics: validations.input, exampleKey };
  }
  const { status = 500, message } = result.left as Error & { status?: number };
  if (matched && exampleKey !== undefined && status === 404) {
    // Prism reports an unknown example like an unknown route; say which examples exist.
    const known = exampleNames(matched.route.operation).join(", ") || "none";
    const reason = `Prefer: example=${exampleKey} names no documented example (documented: ${known})`;
    return { refused: { status: 400, reason } };
  }
  return { refused: { status, reason: routeErrorReason(status, message) } };
}

/** Prism reads mock preferences from `Prefer`, or else from `__code`-style query parameters. */
function asksForMockPreferences(input: IHttpRequest): boolean {
  return (
    input.headers?.prefer !== undefined ||
    Object.keys(input.url.query ?? {}).some((name) => name.startsWith("__"))
  );
}

function routeErrorReason(status: number, message: string): string {
  if (status === 404) return "Not Found";
  if (status === 405) return "Method Not Allowed";
  return message;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined),
  ) as Partial<T>;
}
