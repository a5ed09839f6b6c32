import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GATEWAY_MARK } from "../../engine/respond/gateway-mark.js";
import type { MockResponse } from "../../types.js";
import type { SiteFile } from "./static-site.js";

/** `http://host:port` of a listening server. */
export function serverUrl(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
}

/** Sends the engine's answer: its headers in order, its body as JSON (or as the text it is). */
export function sendResponse(
  response: ServerResponse,
  { status, headers, body }: MockResponse,
): void {
  for (const [name, value] of Object.entries(headers)) {
    // The gateway's `Vary: Origin` (CORS) stays beside whatever the answer varies by.
    const varies = name === "vary" ? response.getHeader("vary") : undefined;
    response.setHeader(name, varies === undefined ? value : `${String(varies)}, ${value}`);
  }
  send(response, status, body);
}

/** Marks the answer as one the gateway gives on its own behalf, not the mocked vendor. */
export function markOwn(response: ServerResponse): void {
  for (const [name, value] of Object.entries(GATEWAY_MARK)) response.setHeader(name, value);
}

/** Sends an answer the gateway gives on its own behalf, marked as such. */
export function sendOwn(response: ServerResponse, status: number, body: unknown): void {
  markOwn(response);
  send(response, status, body);
}

export function send(response: ServerResponse, status: number, body: unknown): void {
  if (body === undefined || status === 204) {
    response.writeHead(status).end();
    return;
  }
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (!response.hasHeader("content-type")) response.setHeader("content-type", "application/json");
  response.writeHead(status, { "content-length": Buffer.byteLength(text) }).end(text);
}

export function sendFile(response: ServerResponse, method: string, file: SiteFile): void {
  response.writeHead(200, {
    "content-type": file.contentType,
    "content-length": file.body.length,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  response.end(method === "HEAD" ? undefined : file.body);
}

/** The query as the engine takes it: a repeated name's values as a list. */
export function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}
