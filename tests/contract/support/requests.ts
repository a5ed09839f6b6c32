/**
 * Building and sending requests the way each spec describes them: credentials in the scheme the
 * operation's security requirement names, bodies in their media type (JSON, or a form whose
 * JSON-encoded fields follow the media type's `encoding`), path parameters from their examples.
 * Written independently of the generated clients, so the suite checks the gateway against the
 * spec and not one implementation against another.
 */
import { request as httpRequest } from "node:http";

import { isObject } from "@switchboard/spec-validation";

import type { Operation, RequestMedia, SecurityScheme } from "./spec.js";

/** One way of presenting a credential. */
export type CredentialStyle =
  { kind: "apiKey"; header: string } | { kind: "bearer" } | { kind: "basic" };

export function styleName(style: CredentialStyle): string {
  return style.kind === "apiKey" ? `${style.header} header` : `${style.kind} authorization`;
}

/** The user name sent with HTTP basic credentials (the secret is the password). */
export const BASIC_USERNAME = "ACcontractsuiteuser";

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

export function styleHeaders(style: CredentialStyle, secret: string): Record<string, string> {
  switch (style.kind) {
    case "apiKey":
      return { [style.header]: secret };
    case "bearer":
      return { authorization: `Bearer ${secret}` };
    case "basic":
      return { authorization: `Basic ${base64(`${BASIC_USERNAME}:${secret}`)}` };
  }
}

export function schemeStyle(scheme: SecurityScheme): CredentialStyle {
  if (scheme.type === "apiKey" && scheme.in === "header" && scheme.paramName) {
    return { kind: "apiKey", header: scheme.paramName.toLowerCase() };
  }
  if (scheme.type === "http" && (scheme.scheme === "bearer" || scheme.scheme === "basic")) {
    return { kind: scheme.scheme };
  }
  throw new Error(`security scheme ${scheme.name} (${scheme.type}) is not supported by the suite`);
}

/** Valid credentials for the operation: every scheme of its security requirement. */
export function credentialHeaders(operation: Operation, secret: string): Record<string, string> {
  return Object.assign(
    {},
    ...operation.security.map((scheme) => styleHeaders(schemeStyle(scheme), secret)),
  ) as Record<string, string>;
}

/** A per-vendor secret that appears nowhere else, so a leak is easy to find. */
export function secretFor(operation: Pick<Operation, "vendor">): string {
  return `contract-secret-${operation.vendor}-7c1e9d`;
}

/** Every string that would give the operation's credential away: the secret and each header value. */
export function secretStrings(operation: Operation): string[] {
  const values = Object.values(credentialHeaders(operation, secretFor(operation)));
  return [secretFor(operation), ...values.flatMap((value) => [value, value.split(" ").pop()!])];
}

/** application/json, or a form whose fields follow the media type's `encoding`. */
export function encodeBody(media: RequestMedia, value: unknown): string {
  if (/json/i.test(media.mediaType)) return JSON.stringify(value);
  if (/^application\/x-www-form-urlencoded$/i.test(media.mediaType)) {
    if (!isObject(value)) throw new TypeError("a form body must be an object");
    const form = new URLSearchParams();
    for (const [name, field] of Object.entries(value)) {
      if (field === undefined) continue;
      const contentType = media.encoding[name];
      if (contentType !== undefined && /json/i.test(contentType)) {
        form.append(name, JSON.stringify(field));
      } else if (Array.isArray(field)) {
        for (const item of field) form.append(name, String(item));
      } else {
        form.append(name, String(field));
      }
    }
    return form.toString();
  }
  throw new Error(`media type ${media.mediaType} is not supported by the suite`);
}

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
    ...(request.credentials === false ? {} : credentialHeaders(operation, secretFor(operation))),
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
export function documentedRequest(operation: Operation): OperationRequest {
  const media = operation.requestBody?.media[0];
  const example = media?.examples[0];
  return {
    query: exampleQuery(operation),
    ...(media && example ? { body: { media, value: example.value } } : {}),
  };
}

export interface RawResult {
  /** The status, when the server answered. */
  status?: number;
  body?: string;
  /** How the exchange ended without an answer (ECONNRESET, socket hang up, ...). */
  error?: string;
}

/**
 * One request over node:http with full control of headers and body (a declared
 * content-length, or chunked when `chunked` is set). Resolves with the answer, or with the
 * error when the server closes the connection without one; never rejects.
 */
export function rawRequest(
  url: string,
  options: {
    method: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    chunked?: boolean;
  },
): Promise<RawResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: RawResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const headers: Record<string, string> = { connection: "close", ...options.headers };
    if (body !== undefined && !options.chunked) headers["content-length"] = String(body.length);
    const request = httpRequest(url, { method: options.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        finish({ status: response.statusCode, body: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", () =>
        finish({ status: response.statusCode, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    request.on("error", (error: NodeJS.ErrnoException) =>
      finish({ error: error.code ?? error.message }),
    );
    if (body !== undefined && options.chunked) {
      // Several chunks, so the server sees a stream without a declared length.
      const size = 64 * 1024;
      for (let offset = 0; offset < body.length; offset += size) {
        request.write(body.subarray(offset, offset + size));
      }
      request.end();
    } else {
      request.end(body);
    }
  });
}
