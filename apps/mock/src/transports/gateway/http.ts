import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GATEWAY_MARK } from "../../engine/respond/gateway-mark.js";
import type { MockResponse } from "../../types.js";
import type { FrontDoorAnswer } from "../../front-door/front-door-types.js";

/** `http://host:port` of a listening server. */
export function serverUrl(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
}

/** Sends the front door's answer (a dropped connection is the caller's to make). */
export async function sendAnswer(
  response: ServerResponse,
  answer: Exclude<FrontDoorAnswer, { reset: true }>,
): Promise<void> {
  setHeaders(response, answer.headers);
  if ("chunks" in answer) {
    response.writeHead(answer.status);
    return writeChunks(response, answer.chunks);
  }
  send(response, answer.status, answer.body);
}

/** Sends the engine's answer: its headers in order, its body as JSON (or as the text it is). */
export function sendResponse(
  response: ServerResponse,
  { status, headers, body }: MockResponse,
): void {
  setHeaders(response, headers);
  send(response, status, body);
}

function setHeaders(response: ServerResponse, headers: Record<string, string>): void {
  for (const name in headers) {
    const value = headers[name] as string;
    // The gateway's `Vary: Origin` (CORS) stays beside whatever the answer varies by.
    const varies = name === "vary" ? response.getHeader("vary") : undefined;
    response.setHeader(name, varies === undefined ? value : `${String(varies)}, ${value}`);
  }
}

/**
 * Writes the pieces one at a time, waiting for the socket to drain when it is full and for the
 * event loop's next turn otherwise, so a large journal never holds up other requests for long.
 */
async function writeChunks(response: ServerResponse, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (response.destroyed) return;
    if (response.write(chunk)) await new Promise((resolve) => setImmediate(resolve));
    else await drainedOrClosed(response);
  }
  response.end();
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off("drain", done).off("close", done);
      resolve();
    };
    response.on("drain", done).on("close", done);
  });
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
  // Bytes (a proxied upstream's body that is not text) and text go as they are; the rest as JSON.
  const bytes = body instanceof Uint8Array;
  const payload = bytes || typeof body === "string" ? body : JSON.stringify(body);
  if (!bytes && !response.hasHeader("content-type"))
    response.setHeader("content-type", "application/json");
  response.writeHead(status, { "content-length": Buffer.byteLength(payload) }).end(payload);
}
