/**
 * Building and sending requests the way each spec describes them, straight to the gateway:
 * credentials in the scheme the operation's security requirement names, bodies in their media
 * type, path parameters from their examples.
 */
import type { Operation, RequestMedia } from "../spec/operations.js";
import { credentialHeaders } from "./credential-styles.js";
import { encodeBody } from "./encode-body.js";

/** Path parameter values from the parameters' examples. */
export function examplePathParams(operation: Operation): Record<string, string> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === "path")
      .map((parameter) => {
        if (parameter.example === undefined) {
          throw new Error(`${operation.label}: path parameter ${parameter.name} has no example`);
        }
        return [parameter.name, String(parameter.example)];
      }),
  );
}

/** Query parameters that document an example, with that example. */
export function exampleQuery(operation: Operation): Record<string, string> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === "query" && parameter.example !== undefined)
      .map((parameter) => [parameter.name, String(parameter.example)]),
  );
}

export function operationUrl(
  baseUrl: string,
  operation: Operation,
  pathParams: Record<string, string> = examplePathParams(operation),
  query: Record<string, string> = {},
): string {
  const path = operation.path.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined) throw new Error(`${operation.label}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(query).toString();
  return `${baseUrl}${path}${search ? `?${search}` : ""}`;
}

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export async function send(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<Sent> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export interface OperationRequest {
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  /** Headers added after the credentials (and able to replace them). */
  headers?: Record<string, string>;
  /** false: send no credentials. */
  credentials?: boolean;
  /** The body (encoded per `media`), or a raw body with its own content type. */
  body?: { media: RequestMedia; value: unknown } | { contentType: string; raw: string };
}

export function operationInit(operation: Operation, request: OperationRequest = {}) {
  const headers: Record<string, string> = {
    ...(request.credentials === false ? {} : credentialHeaders(operation)),
  };
  let body: string | undefined;
  if (request.body && "media" in request.body) {
    headers["content-type"] = request.body.media.mediaType;
    body = encodeBody(request.body.media, request.body.value);
  } else if (request.body) {
    headers["content-type"] = request.body.contentType;
    body = request.body.raw;
  }
  Object.assign(headers, request.headers);
  return { method: operation.method, headers, ...(body === undefined ? {} : { body }) };
}

/** Sends one request to the operation at the vendor's base URL. */
export function sendOperation(
  baseUrl: string,
  operation: Operation,
  request: OperationRequest = {},
): Promise<Sent> {
  const url = operationUrl(baseUrl, operation, request.pathParams, request.query);
  return send(url, operationInit(operation, request));
}

/** The operation's first documented request, as the spec documents it: a known-good request. */
export function documentedWireRequest(operation: Operation): OperationRequest {
  const media = operation.requestBody?.media[0];
  const example = media?.examples[0];
  return {
    query: exampleQuery(operation),
    ...(media && example ? { body: { media, value: example.value } } : {}),
  };
}
