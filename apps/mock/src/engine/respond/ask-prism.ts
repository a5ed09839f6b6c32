import { STATUS_CODES } from "node:http";
import type { IHttpRequest, IHttpResponse } from "@stoplight/prism-http";
import { PRISM_CONFIG } from "../../prism/prism-instance.js";
import type { RouteMatch, Vendor } from "../vendor.js";
import type { Diagnostic } from "../check/prism-violations.js";
import { readPreferences } from "./preferences.js";

/** A request as Prism is to see it: the body decoded, headers flat. */
export interface PrismInput {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Why a request gets an error instead of Prism's answer, in the gateway's own words (never
 * Prism's). `byGateway`: the gateway's own answer (a `Prefer` it cannot honour, its own
 * failure), not one the vendor would give.
 */
export interface Refusal {
  status: number;
  reason: string;
  byGateway: boolean;
}

/** What Prism answered (its validation findings with it), or why the request gets an error. */
export type PrismAnswer =
  | { refused: Refusal }
  | { output: IHttpResponse; diagnostics: Diagnostic[]; exampleKey: string | undefined };

/**
 * Prism routes, validates and picks the documented response, honouring the mock preferences
 * (`Prefer: code=`, `example=`, `dynamic=`) a request carries once they are checked against
 * the operation.
 */
export async function askPrism(
  vendor: Vendor,
  request: PrismInput,
  matched: RouteMatch | undefined,
  /** Answer as preferred without validating the request or its credentials (a queued answer). */
  unchecked = false,
): Promise<PrismAnswer> {
  const input = prismRequestOf(request);
  const reading = readPreferences(input, matched?.route.operation);
  if ("problem" in reading) {
    return { refused: { status: 400, reason: reading.problem, byGateway: true } };
  }
  // A fresh mock config each time: Prism writes the request's Accept into it.
  const config = {
    ...PRISM_CONFIG,
    ...(unchecked ? { validateRequest: false, checkSecurity: false } : {}),
    mock: { ...PRISM_CONFIG.mock, ...stripUndefined(reading.preferences ?? {}) },
  };
  const result = await vendor.prism.request(input, vendor.operations, config)();
  if (result._tag === "Right") {
    const { output, validations } = result.right;
    return { output, diagnostics: validations.input, exampleKey: config.mock.exampleKey };
  }
  const { status = 500 } = result.left as Error & { status?: number };
  return { refused: refusalOf(status, matched !== undefined) };
}

/** The request in Prism's own shape. */
export function prismRequestOf(request: PrismInput): IHttpRequest {
  return {
    method: request.method.toLowerCase() as IHttpRequest["method"],
    url: { path: request.path, query: request.query },
    headers: request.headers,
    body: request.body,
  };
}

/**
 * Prism's failure, told without its text (which names its internals). Unmatched, it is an
 * unknown route (404, 405); matched, a 404 is a preference Prism could not honour for this
 * request (an example its Accept rules out); a 5xx is the gateway's own failure.
 */
export function refusalOf(status: number, matched: boolean): Refusal {
  if (status >= 500) {
    return { status: 500, reason: "The mock could not build an answer", byGateway: true };
  }
  if (matched && status === 404) {
    const reason = "The Prefer header cannot be honoured for this request";
    return { status: 400, reason, byGateway: true };
  }
  return { status, reason: STATUS_CODES[status] ?? "Refused", byGateway: false };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined),
  ) as Partial<T>;
}
