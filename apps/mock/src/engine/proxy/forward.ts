import type { RequestHeaders } from "../../types.js";
import { clientResponseHeaders, upstreamRequestHeaders } from "./forwarded-headers.js";

/** A request as it is passed on: below the vendor's prefix, its body read. */
export interface OutgoingRequest {
  method: string;
  /** Below the vendor's prefix, percent-encoded as received. */
  path: string;
  query: Record<string, string | string[]>;
  headers: RequestHeaders;
  rawBody: Buffer;
}

/** The upstream's answer, its body decoded from any transfer or content encoding. */
export interface UpstreamAnswer {
  status: number;
  statusText: string;
  /** By lower-case name, without hop-by-hop headers. */
  headers: Record<string, string>;
  body: Buffer;
}

/** One request passed on, and what came of it. */
export interface Forwarding {
  /** Where it was sent. */
  url: URL;
  startedAt: Date;
  /** Milliseconds until the answer's headers came (`wait`), then its body (`receive`). */
  timings: { wait: number; receive: number };
  outcome: { answer: UpstreamAnswer } | { failure: "unreachable" | "timeout"; reason: string };
}

// fetch refuses a body on these.
const BODILESS = new Set(["GET", "HEAD"]);

/**
 * Sends the request to the upstream with Node's fetch: no proxy, nothing added but what fetch
 * itself needs, redirects passed back to the client rather than followed.
 */
export async function forward(
  base: URL,
  request: OutgoingRequest,
  timeoutMs: number,
): Promise<Forwarding> {
  const url = upstreamUrl(base, request.path, request.query);
  const method = request.method.toUpperCase();
  const startedAt = new Date();
  const started = performance.now();
  let answered = started;
  const timings = () => ({ wait: answered - started, receive: performance.now() - answered });
  try {
    const response = await fetch(url, {
      method,
      headers: upstreamRequestHeaders(request.headers),
      // A body read from a socket is backed by a plain ArrayBuffer, never a shared one.
      body:
        BODILESS.has(method) || request.rawBody.length === 0
          ? undefined
          : (request.rawBody as Uint8Array<ArrayBuffer>),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    answered = performance.now();
    const body = Buffer.from(await response.arrayBuffer());
    const answer = {
      status: response.status,
      statusText: response.statusText,
      headers: clientResponseHeaders(response.headers),
      body,
    };
    return { url, startedAt, timings: timings(), outcome: { answer } };
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError";
    const outcome = timedOut
      ? { failure: "timeout" as const, reason: `no answer within ${timeoutMs} ms` }
      : { failure: "unreachable" as const, reason: failureReason(error) };
    return { url, startedAt, timings: timings(), outcome };
  }
}

/** The upstream's URL for a path below the vendor's prefix: the base URL's path, then it. */
export function upstreamUrl(
  base: URL,
  path: string,
  query: Record<string, string | string[]>,
): URL {
  const url = new URL(base);
  url.pathname = `${base.pathname.replace(/\/+$/, "")}${path}`;
  const pairs = Object.entries(query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => [name, item]),
  );
  url.search = new URLSearchParams(pairs).toString();
  return url;
}

/** What went wrong, in words that hold no part of the request: fetch's cause's code. */
function failureReason(error: unknown): string {
  const { cause } = error as { cause?: { code?: unknown } };
  return typeof cause?.code === "string" ? cause.code : "the connection failed";
}
